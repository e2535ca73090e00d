using CounterNode.Shared.Calendar;

namespace CounterNode.Hub.Calendar;

/// <summary>One day of the year view: what it is for the center and why.</summary>
/// <param name="Date">The date.</param>
/// <param name="Status">Working, make-up, holiday, compensatory, administrator's day off or weekend.</param>
/// <param name="Label">Vietnamese: the holiday's name, the reason of a day off, the weekday of a weekend.</param>
public sealed record CalendarDayView(DateOnly Date, DayStatus Status, string Label);
