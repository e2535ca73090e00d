namespace CounterNode.Node.Storage;

/// <summary>The Hub refused one of this node's mutations (the officer must be told).</summary>
/// <param name="MutationId">Which mutation.</param>
/// <param name="ReasonCode">Stable domain error code.</param>
/// <param name="Reason">Human-readable reason.</param>
public sealed record MutationRejected(long MutationId, string? ReasonCode, string? Reason) : ReplicaNotification;
