namespace CounterNode.Shared.Calendar;

/// <summary>
/// A day off an administrator enters from the year's official notice: a swapped weekday off
/// (e.g. the Friday before a holiday weekend), or any extra closure, with its reason as it should
/// be shown to citizens (Vietnamese).
/// </summary>
/// <param name="Date">The day the center is closed.</param>
/// <param name="Reason">Why, in Vietnamese, e.g. <c>Nghỉ hoán đổi theo Thông báo 6150/TB-LĐTBXH</c>.</param>
public sealed record AdministrativeDayOff(DateOnly Date, string Reason);
