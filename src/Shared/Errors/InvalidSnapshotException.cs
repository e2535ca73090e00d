namespace CounterNode.Shared.Errors;

/// <summary>
/// A stored ticket or dossier does not replay under the rules: its history breaks the
/// transition table, or its recorded details disagree with its history. Raised when loading,
/// so a tampered or corrupted row is noticed instead of being trusted (RULES 11).
/// </summary>
public sealed class InvalidSnapshotException : DomainException
{
    /// <param name="entityKind">"Ticket" or "Dossier".</param>
    /// <param name="entityId">Ticket number or dossier code.</param>
    /// <param name="problem">What disagrees (English, no personal data).</param>
    /// <param name="innerException">The rule that refused the replay, if any.</param>
    public InvalidSnapshotException(string entityKind, string entityId, string problem, Exception? innerException = null)
        : base(
            entityKind.ToLowerInvariant() + ".invalid-snapshot",
            $"{entityKind} {entityId} cannot be restored: {problem}",
            $"Dữ liệu lưu của {(entityKind == "Dossier" ? "hồ sơ" : "số thứ tự")} {entityId} không hợp lệ, không thể khôi phục.",
            innerException)
    {
        EntityKind = entityKind;
        EntityId = entityId;
    }

    /// <summary>"Ticket" or "Dossier".</summary>
    public string EntityKind { get; }

    /// <summary>Ticket number or dossier code.</summary>
    public string EntityId { get; }
}
