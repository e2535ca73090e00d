namespace CounterNode.Hub.Calendar;

/// <summary>Body of <c>PUT /board/api/calendar/{year}/tet</c>: the announced days; empty = the regulation's five days.</summary>
/// <param name="Days">Days as <c>yyyy-MM-dd</c>.</param>
public sealed record CalendarTetBody(IReadOnlyList<string?>? Days);
