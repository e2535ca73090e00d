namespace CounterNode.Hub.Board;

/// <summary>
/// Spaces the board's publishes at least <see cref="MinInterval"/> apart. The first commit
/// after a quiet spell publishes at once; a burst of commits publishes once per interval, the
/// last state included. Why: every publish reads the nodes, conflicts, deadlines and devices and
/// sends to every board and hall screen, and a hall of 200 counters can commit dozens of times a
/// second — publishing after each commit took a large share of the Hub's CPU, the CPU that
/// pushes and pokes need.
/// </summary>
public sealed class PublishThrottle(TimeSpan minInterval, TimeProvider time)
{
    private long? _lastPublished;

    /// <summary>Shortest time between two publishes.</summary>
    public TimeSpan MinInterval => minInterval;

    /// <summary>Notes that a publish just happened.</summary>
    public void Published() => _lastPublished = time.GetTimestamp();

    /// <summary>Waits until the next publish is allowed (returns at once when it already is).</summary>
    public Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (_lastPublished is not { } last || minInterval <= TimeSpan.Zero)
            return Task.CompletedTask;
        var remaining = minInterval - time.GetElapsedTime(last);
        return remaining <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(remaining, time, cancellationToken);
    }
}
