using CounterNode.Shared.Time;

namespace CounterNode.Node.Storage;

/// <summary>
/// <see cref="IHybridClockStateStore"/> of the replica. <see cref="Save"/> only records the
/// reading in memory; the replica writes it to <c>sync_state</c> inside every write
/// transaction. That is the transaction that makes a reading matter: a reading stamped on a
/// mutation is persisted together with that mutation, so after a restart (even with the wall
/// clock set back) the clock resumes above every reading that was ever recorded anywhere.
/// </summary>
internal sealed class ReplicaClockState(HybridTimestamp initial) : IHybridClockStateStore
{
    private long _last = initial.Value;

    public HybridTimestamp Load() => new(Interlocked.Read(ref _last));

    public void Save(HybridTimestamp last)
    {
        // Values only grow (HybridLogicalClock guarantees it); keep the maximum regardless.
        long current;
        do
        {
            current = Interlocked.Read(ref _last);
            if (last.Value <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref _last, last.Value, current) != current);
    }
}
