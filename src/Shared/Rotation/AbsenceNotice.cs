using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// RULES 9 (Điều 3.6): an absence is reported at least one working day ahead, except in an
/// emergency. "One working day ahead" means by the end of the last working day before the
/// absence's first day: reported on Friday for Monday is on time; on Saturday, Sunday or on the
/// Monday itself it is late (no working day is left for the department to send a reserve).
/// </summary>
public static class AbsenceNotice
{
    /// <summary>The latest center-local instant (exclusive) at which an absence starting on <paramref name="firstDay"/> is on time.</summary>
    public static DateTime Deadline(WorkingCalendar calendar, DateOnly firstDay)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.PreviousWorkingDay(firstDay).AddDays(1).ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>True when a report at <paramref name="reportedAt"/> of an absence from <paramref name="firstDay"/> is late.</summary>
    public static bool IsLate(WorkingCalendar calendar, DateTimeOffset reportedAt, DateOnly firstDay, bool emergency)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return !emergency && calendar.ToLocal(reportedAt) >= Deadline(calendar, firstDay);
    }
}
