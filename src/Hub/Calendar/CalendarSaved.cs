namespace CounterNode.Hub.Calendar;

/// <summary>The answer to a calendar edit: the year's overrides as now stored and the change-log version.</summary>
/// <param name="Year">The year edited.</param>
/// <param name="Version">Change-log version of the <c>catalogue.put</c>.</param>
/// <param name="Overrides">The year's overrides as stored (canonical).</param>
public sealed record CalendarSaved(int Year, long Version, Shared.Catalogue.CalendarYearEntity Overrides)
{
    /// <summary>The year's concurrency token after this edit: the <c>If-Match</c> of the next one.</summary>
    public string Token { get; init; } = Shared.Catalogue.CatalogueEntryToken.Absent;
}
