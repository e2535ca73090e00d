using CounterNode.Shared.Calendar;

namespace CounterNode.Node.Queue;

/// <summary>
/// The hall's local time and working hours for the queue. A separate seam from the process-wide
/// <see cref="TimeProvider"/> so tests can pin the hall clock (e.g. a Saturday) without also
/// freezing the sync engine's timers and retries.
/// </summary>
/// <remarks>
/// The calendar comes from an <see cref="IWorkingCalendarSource"/> (on a node: the synced
/// catalogue's), read at every use so the administrator's days off apply without a restart; a
/// fixed <see cref="WorkingCalendar"/> is a source too.
/// </remarks>
public sealed class QueueClock(TimeProvider time, IWorkingCalendarSource calendar)
{
    /// <summary>The underlying time source.</summary>
    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Where the calendar comes from (kept so a decorating clock follows the same source).</summary>
    public IWorkingCalendarSource CalendarSource { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>The center's calendar in force now.</summary>
    public WorkingCalendar Calendar => CalendarSource.Current;

    /// <summary>
    /// Demo only (<c>Demo:OpenAllHours</c>): tickets are issued at any hour so a newcomer can try
    /// the hall at night. The clock itself stays real; only the working-hours refusal is lifted.
    /// </summary>
    public bool OpenAllHours { get; init; }

    /// <summary>The center's opening periods when they come from the synced catalogue (null: the calendar's sessions).</summary>
    public Func<IReadOnlyList<WorkingSession>?>? SessionSource { get; init; }

    /// <summary>Now, in the center's local time.</summary>
    public DateTime LocalNow => Calendar.LocalNow(Time);

    /// <summary>The center-local day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>Throws when tickets may not be issued now.</summary>
    /// <exception cref="CenterClosedTodayException">Today is a holiday or a declared day off (the reason is in the message).</exception>
    /// <exception cref="OutsideWorkingHoursException">A weekend, or outside the sessions.</exception>
    public void EnsureOpen()
    {
        if (OpenAllHours)
            return;
        var calendar = Calendar;
        var now = calendar.LocalNow(Time);
        var sessions = SessionSource?.Invoke() ?? calendar.Sessions;
        var today = calendar.DescribeDay(DateOnly.FromDateTime(now));
        if (today.Status is DayStatus.PublicHoliday or DayStatus.CompensatoryDayOff or DayStatus.AdministrativeDayOff)
            throw new CenterClosedTodayException(today);
        if (!today.IsWorkingDay || !sessions.Any(s => s.Contains(TimeOnly.FromDateTime(now))))
            throw new OutsideWorkingHoursException(string.Join(", ", sessions));
    }
}
