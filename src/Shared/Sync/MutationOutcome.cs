namespace CounterNode.Shared.Sync;

/// <summary>The Hub's verdict on one pushed mutation.</summary>
/// <param name="MutationId">Which mutation.</param>
/// <param name="Status">Applied, refused by the rules, or already seen.</param>
/// <param name="ReasonCode">Stable code of the refusal (a domain error code), if refused.</param>
/// <param name="Reason">Human-readable reason, if refused.</param>
public sealed record MutationOutcome(long MutationId, MutationStatus Status, string? ReasonCode = null, string? Reason = null);
