namespace CounterNode.Shared.Time;

/// <summary>
/// Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014).
/// Readings stay close to physical time, never go backwards (also across restarts, through
/// <see cref="IHybridClockStateStore"/>), and respect causality: after <see cref="Receive"/>
/// every local reading is above the received one. Thread-safe.
/// </summary>
public sealed class HybridLogicalClock
{
    /// <summary>Default tolerance for remote timestamps ahead of the local physical clock.</summary>
    public static readonly TimeSpan DefaultMaxDrift = TimeSpan.FromMinutes(15);

    private readonly TimeProvider _time;
    private readonly IHybridClockStateStore _store;
    private readonly Lock _gate = new();
    private HybridTimestamp _last;

    /// <param name="time">Physical clock.</param>
    /// <param name="store">Persisted state; the clock resumes above what it holds.</param>
    /// <param name="maxDrift">How far ahead of the local clock a remote reading may be.</param>
    public HybridLogicalClock(TimeProvider time, IHybridClockStateStore store, TimeSpan? maxDrift = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(store);
        _time = time;
        _store = store;
        MaxDrift = maxDrift ?? DefaultMaxDrift;
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDrift, TimeSpan.Zero);
        _last = store.Load();
    }

    /// <summary>Tolerance for remote timestamps ahead of the local physical clock.</summary>
    public TimeSpan MaxDrift { get; }

    /// <summary>The last reading issued (or restored).</summary>
    public HybridTimestamp Last
    {
        get
        {
            lock (_gate)
                return _last;
        }
    }

    /// <summary>A new reading for a local event (send or local change).</summary>
    public HybridTimestamp Now()
    {
        lock (_gate)
        {
            var physical = PhysicalMilliseconds();
            var next = physical > _last.PhysicalMilliseconds
                ? HybridTimestamp.Create(physical, 0)
                : Increment(_last);
            return Commit(next);
        }
    }

    /// <summary>
    /// Merges a reading received from another node or the Hub and returns the reading of the
    /// receive event, which is above both the remote reading and every earlier local one.
    /// </summary>
    /// <exception cref="ClockDriftException">The remote reading is too far in the future; nothing changes.</exception>
    public HybridTimestamp Receive(HybridTimestamp remote)
    {
        lock (_gate)
        {
            var physical = PhysicalMilliseconds();
            if (remote.PhysicalMilliseconds - physical > (long)MaxDrift.TotalMilliseconds)
                throw new ClockDriftException(remote, DateTimeOffset.FromUnixTimeMilliseconds(physical), MaxDrift);

            var maxPhysical = Math.Max(physical, Math.Max(_last.PhysicalMilliseconds, remote.PhysicalMilliseconds));
            HybridTimestamp next;
            if (maxPhysical == _last.PhysicalMilliseconds && maxPhysical == remote.PhysicalMilliseconds)
                next = Increment(_last > remote ? _last : remote);
            else if (maxPhysical == _last.PhysicalMilliseconds)
                next = Increment(_last);
            else if (maxPhysical == remote.PhysicalMilliseconds)
                next = Increment(remote);
            else
                next = HybridTimestamp.Create(maxPhysical, 0);
            return Commit(next);
        }
    }

    private long PhysicalMilliseconds() => Math.Max(0, _time.GetUtcNow().ToUnixTimeMilliseconds());

    // The logical counter is 16 bits; on overflow the reading borrows the next millisecond,
    // which keeps it monotonic at the cost of running 1 ms ahead (as CockroachDB does).
    private static HybridTimestamp Increment(HybridTimestamp t) =>
        t.Logical < HybridTimestamp.MaxLogical
            ? HybridTimestamp.Create(t.PhysicalMilliseconds, t.Logical + 1)
            : HybridTimestamp.Create(t.PhysicalMilliseconds + 1, 0);

    private HybridTimestamp Commit(HybridTimestamp next)
    {
        _store.Save(next);
        _last = next;
        return next;
    }
}
