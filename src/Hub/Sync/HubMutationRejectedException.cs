namespace CounterNode.Hub.Sync;

/// <summary>
/// The shared rules refused a change made at the Hub (e.g. a second supplement request).
/// <see cref="ReasonCode"/> is the domain code (<c>dossier.supplement-already-requested</c>…),
/// so pages can show their Vietnamese text; nothing was changed.
/// </summary>
public sealed class HubMutationRejectedException(string type, string reasonCode, string reason)
    : Exception($"The Hub's '{type}' change was refused: {reason}")
{
    /// <summary>Mutation type that was refused.</summary>
    public string Type { get; } = type;

    /// <summary>Stable domain code of the refusal.</summary>
    public string ReasonCode { get; } = reasonCode;

    /// <summary>English reason (no personal data).</summary>
    public string Reason { get; } = reason;
}
