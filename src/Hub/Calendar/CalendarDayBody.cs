namespace CounterNode.Hub.Calendar;

/// <summary>Body of <c>POST /board/api/calendar/days-off</c> and <c>/make-up-days</c>.</summary>
/// <param name="Date">The day, <c>yyyy-MM-dd</c>.</param>
/// <param name="Reason">Why (required for a day off).</param>
public sealed record CalendarDayBody(string? Date, string? Reason);
