using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Data;

/// <summary>A block of numbers leased to a node for offline use.</summary>
public sealed class ReserveLeaseRecord
{
    public long Id { get; set; }

    public NumberSeriesKind Kind { get; set; }

    public required string Key { get; set; }

    public DateOnly Day { get; set; }

    public required string NodeId { get; set; }

    public int First { get; set; }

    public int Last { get; set; }

    /// <summary>Hub wall time of the lease, Unix milliseconds.</summary>
    public long LeasedAtMs { get; set; }
}
