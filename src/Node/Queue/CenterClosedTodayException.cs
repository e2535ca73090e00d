using CounterNode.Shared.Calendar;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.Queue;

/// <summary>
/// RULES 1: no ticket on a day the center is closed — a public holiday, a compensatory day or a
/// day off the administrator declared (the kiosk shows the reason, e.g. the official notice).
/// </summary>
public sealed class CenterClosedTodayException(DayDescription day)
    : DomainException(
        "queue.closed-today",
        $"The center is closed on {CalendarText.EnglishDay(day.Date)} ({day.English}); no ticket is issued.",
        $"Hôm nay {CalendarText.VietnameseDay(day.Date)} Trung tâm nghỉ: {day.Vietnamese}. Không cấp số thứ tự.")
{
    /// <summary>The day and why it is off.</summary>
    public DayDescription Day { get; } = day;
}
