namespace CounterNode.Shared.Time;

/// <summary>
/// Where a <see cref="HybridLogicalClock"/> keeps its last reading so it never goes back across
/// restarts, even when the wall clock was set back while the process was down. The node keeps
/// it in its SQLite replica; tests keep it in memory.
/// </summary>
public interface IHybridClockStateStore
{
    /// <summary>The last reading saved, or <see cref="HybridTimestamp.Zero"/> on first start.</summary>
    HybridTimestamp Load();

    /// <summary>Saves a reading. Called with values that only grow.</summary>
    void Save(HybridTimestamp last);
}
