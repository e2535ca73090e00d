namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>A received dossier not yet handed to its department: only what batching needs (no personal data).</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Department">Department owning the procedure.</param>
/// <param name="ReceivedAt">When the counter received it.</param>
/// <param name="Electronic">True for an electronic dossier (sent at once, never batched).</param>
public sealed record PendingTransfer(string Code, string Department, DateTimeOffset ReceivedAt, bool Electronic);
