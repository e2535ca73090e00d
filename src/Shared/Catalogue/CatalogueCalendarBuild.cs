using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Catalogue;

/// <summary>The calendar built from the catalogue, and what had to be left out to build it (for a warning log).</summary>
/// <param name="Calendar">The calendar in force.</param>
/// <param name="Problems">Why part of the catalogue was ignored; empty when everything was used.</param>
public sealed record CatalogueCalendarBuild(WorkingCalendar Calendar, IReadOnlyList<CalendarOptionsProblem> Problems);
