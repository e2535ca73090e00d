using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// The administrator's working-calendar overrides for one solar year (entity
/// <c>catalogue.calendar-year</c>, id = the year, e.g. <c>2026</c>): what that year's official
/// notices announce and no rule can compute. One entity per year keeps each edit small and each
/// validation local (a day off is checked against that year's holidays), and lets a year be
/// dropped as a whole. Stored canonical: lists sorted by date, never null, reasons trimmed (NFC).
/// </summary>
/// <param name="Year">The solar year; equals the entity id.</param>
/// <param name="DaysOff">Swapped weekdays off and closures, each with its reason (shown to citizens).</param>
/// <param name="MakeUpWorkingDays">Saturdays (or other days off) worked in exchange.</param>
/// <param name="LunarNewYearDays">The announced Tết days; empty = the regulation's five days.</param>
/// <param name="NationalDayAdjacentDay">The announced 1 or 3 September; null = the calendar's rule.</param>
public sealed record CalendarYearEntity(
    int Year,
    IReadOnlyList<AdministrativeDayOff>? DaysOff = null,
    IReadOnlyList<MakeUpWorkingDay>? MakeUpWorkingDays = null,
    IReadOnlyList<DateOnly>? LunarNewYearDays = null,
    DateOnly? NationalDayAdjacentDay = null);
