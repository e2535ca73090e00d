namespace CounterNode.Simulation;

/// <summary>A node's wall clock: the simulated world time plus an offset that the simulation skews and jumps back.</summary>
internal sealed class SkewedTimeProvider(TimeProvider world, TimeSpan offset) : TimeProvider
{
    public TimeSpan Offset { get; set; } = offset;

    public override DateTimeOffset GetUtcNow() => world.GetUtcNow() + Offset;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        world.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => world.GetTimestamp();

    public override long TimestampFrequency => world.TimestampFrequency;
}
