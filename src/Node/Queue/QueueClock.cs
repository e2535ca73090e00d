using CounterNode.Shared.Calendar;

namespace CounterNode.Node.Queue;

/// <summary>
/// The hall's local time and working hours for the queue. A separate seam from the process-wide
/// <see cref="TimeProvider"/> so tests can pin the hall clock (e.g. a Saturday) without also
/// freezing the sync engine's timers and retries.
/// </summary>
public sealed class QueueClock(TimeProvider time, WorkingCalendar calendar)
{
    /// <summary>The underlying time source.</summary>
    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>The center's calendar.</summary>
    public WorkingCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

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
    /// <exception cref="OutsideWorkingHoursException">Not a working day, or outside the sessions.</exception>
    public void EnsureOpen()
    {
        if (OpenAllHours)
            return;
        var now = LocalNow;
        var sessions = SessionSource?.Invoke() ?? Calendar.Sessions;
        if (!Calendar.IsWorkingDay(DateOnly.FromDateTime(now)) || !sessions.Any(s => s.Contains(TimeOnly.FromDateTime(now))))
            throw new OutsideWorkingHoursException(string.Join(", ", sessions));
    }
}
