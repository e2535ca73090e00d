namespace CounterNode.Node.Queue;

/// <summary>
/// What this counter is on duty for right now. A shared counter (quầy tổng hợp, RULES 8) rotates
/// between departments: while one department staffs it, only that department's services are
/// called here (the rotation watcher sets it at each switch). Unrestricted by default, so a
/// counter that does not rotate calls all its services. Thread-safe: one immutable snapshot.
/// </summary>
public sealed class CounterDuty
{
    private volatile CounterDutySnapshot _current = CounterDutySnapshot.Unrestricted;

    /// <summary>The current duty.</summary>
    public CounterDutySnapshot Current => _current;

    /// <summary>Raised after every change.</summary>
    public event EventHandler<CounterDutySnapshot>? Changed;

    /// <summary>Replaces the duty.</summary>
    public void Set(CounterDutySnapshot duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        _current = duty;
        Changed?.Invoke(this, duty);
    }

    /// <summary><paramref name="served"/> narrowed to the services on duty.</summary>
    public IReadOnlyList<QueueService> Filter(IReadOnlyList<QueueService> served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var active = _current.Services;
        return active is null ? served : [.. served.Where(s => active.Contains(s.Prefix))];
    }
}
