namespace CounterNode.Hub.Calendar;

/// <summary>Body of <c>PUT /board/api/calendar/{year}/national-day</c>: 1 or 3 September; null = the calendar's rule.</summary>
/// <param name="Day">The day as <c>yyyy-MM-dd</c>, or null.</param>
public sealed record CalendarNationalDayBody(string? Day);
