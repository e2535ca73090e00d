namespace CounterNode.IntegrationTests.Queue;

/// <summary>A hall clock pinned at one instant (only <see cref="QueueClock"/> reads it; timers stay real).</summary>
internal sealed class FixedHallTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
