using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Calendar;

/// <summary>A year's overrides as stored, with the concurrency token of that state (<c>absent</c> when the year was never edited).</summary>
/// <param name="Overrides">The stored overrides (an empty entry when none).</param>
/// <param name="Token">Their <see cref="CatalogueEntryToken"/>: what a page or API client sends back with an edit based on them.</param>
public sealed record CalendarYearRead(CalendarYearEntity Overrides, string Token);
