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

    /// <summary>Now, in the center's local time.</summary>
    public DateTime LocalNow => Calendar.LocalNow(Time);

    /// <summary>The center-local day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>Throws when tickets may not be issued now.</summary>
    /// <exception cref="OutsideWorkingHoursException">Not a working day, or outside the sessions.</exception>
    public void EnsureOpen()
    {
        if (!Calendar.IsWithinWorkingHours(LocalNow))
            throw new OutsideWorkingHoursException(string.Join(", ", Calendar.Sessions));
    }
}
