namespace CounterNode.Shared.Time;

/// <summary>A state store for tests and simulations: survives a clock instance, not a process.</summary>
public sealed class InMemoryHybridClockStateStore : IHybridClockStateStore
{
    private long _last;

    public InMemoryHybridClockStateStore(HybridTimestamp initial = default) => _last = initial.Value;

    /// <inheritdoc />
    public HybridTimestamp Load() => new(Interlocked.Read(ref _last));

    /// <inheritdoc />
    public void Save(HybridTimestamp last) => Interlocked.Exchange(ref _last, last.Value);
}
