namespace CounterNode.Node.Storage;

/// <summary>The fate of one of this node's mutations as far as the node knows.</summary>
/// <param name="MutationId">Which mutation.</param>
/// <param name="State">Pending, applied or rejected.</param>
/// <param name="ReasonCode">Stable domain code of a refusal.</param>
/// <param name="Reason">Readable reason of a refusal.</param>
public sealed record MutationStatusReport(long MutationId, MutationState State, string? ReasonCode = null, string? Reason = null);
