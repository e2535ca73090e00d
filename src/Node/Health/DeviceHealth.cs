using CounterNode.Node.LivePush;

namespace CounterNode.Node.Health;

/// <summary>
/// The latest observed state of each device of this node (in memory). Device drivers and their
/// decorators call <see cref="Observe"/>; <see cref="DeviceHealthReporter"/> turns settled
/// changes into <c>device.status</c> mutations.
/// </summary>
public sealed class DeviceHealth(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DeviceObservation> _latest = new(StringComparer.Ordinal);

    /// <summary>Fires when an observation differs from the previous one of the same device.</summary>
    public ChangeSignal Changed { get; } = new();

    /// <summary>Records what a device looks like now; the same state twice is not a change.</summary>
    public void Observe(string device, string state, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(device);
        ArgumentException.ThrowIfNullOrEmpty(state);
        lock (_gate)
        {
            if (_latest.TryGetValue(device, out var last) && last.State == state && last.Detail == detail)
                return;
            _latest[device] = new DeviceObservation(device, state, detail, time.GetUtcNow());
        }

        Changed.Notify();
    }

    /// <summary>The latest observation of every device seen so far.</summary>
    public IReadOnlyList<DeviceObservation> Snapshot()
    {
        lock (_gate)
            return [.. _latest.Values];
    }
}
