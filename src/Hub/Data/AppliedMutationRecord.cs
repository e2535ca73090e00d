using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Data;

/// <summary>Every mutation the Hub applied or refused, with its verdict (the node's outbox as the Hub received it).</summary>
public sealed class AppliedMutationRecord
{
    public required string NodeId { get; set; }

    public long MutationId { get; set; }

    /// <summary>The mutation's UUIDv7.</summary>
    public Guid Id { get; set; }

    public required string Type { get; set; }

    /// <summary>Payload JSON as pushed.</summary>
    public required string Payload { get; set; }

    /// <summary>Packed hybrid timestamp.</summary>
    public long Hlc { get; set; }

    public string? Officer { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public MutationStatus Status { get; set; }

    /// <summary>Domain error code when rejected.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>English reason when rejected.</summary>
    public string? Reason { get; set; }

    /// <summary>Change-log version once this mutation's changes were written (its effects are all at or below it).</summary>
    public long HubVersion { get; set; }

    /// <summary>Hub wall time of the apply, Unix milliseconds.</summary>
    public long AppliedAtMs { get; set; }
}
