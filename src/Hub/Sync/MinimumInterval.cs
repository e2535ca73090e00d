namespace CounterNode.Hub.Sync;

/// <summary>
/// Spaces the work a <see cref="CommitSignal"/> consumer does after commits at least
/// <see cref="Interval"/> apart: the first commit after a quiet spell is handled at once; a burst
/// of commits is handled once per interval, the last state included (its signal stays set while
/// the consumer waits its turn). Why: a hall of 200 counters commits dozens of times a second, and
/// the consumers that follow commits (the board re-reads nodes, conflicts, deadlines and devices
/// and publishes to every screen; the Hub's calendar re-reads the catalogue) took CPU that pushes
/// and pokes need when they ran after every commit.
/// </summary>
public sealed class MinimumInterval(TimeSpan interval, TimeProvider time)
{
    private long? _last;

    /// <summary>Shortest time between two runs.</summary>
    public TimeSpan Interval => interval;

    /// <summary>Notes that the work just ran.</summary>
    public void Ran() => _last = time.GetTimestamp();

    /// <summary>Waits until the next run is allowed (returns at once when it already is).</summary>
    public Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (_last is not { } last || interval <= TimeSpan.Zero)
            return Task.CompletedTask;
        var remaining = interval - time.GetElapsedTime(last);
        return remaining <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(remaining, time, cancellationToken);
    }
}
