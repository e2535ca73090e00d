namespace CounterNode.Hub.Calendar;

/// <summary>One point on which a refused calendar form differs from the year as now saved.</summary>
/// <param name="Field">Stable key of the point (<c>days</c>, <c>day</c>, <c>day-off</c>…), the row's <c>data-field</c>.</param>
/// <param name="Label">Vietnamese name of the point.</param>
/// <param name="Mine">What the administrator's form asked for (one line per item).</param>
/// <param name="Saved">What the saved year holds (one line per item).</param>
/// <param name="IsList">True when the lines are items of a list: the items only one side has are marked.</param>
public sealed record CalendarConflictRow(string Field, string Label, IReadOnlyList<string> Mine, IReadOnlyList<string> Saved, bool IsList = false);
