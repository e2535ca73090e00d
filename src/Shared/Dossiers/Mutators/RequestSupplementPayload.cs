namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.request-supplement</c> (Mẫu 02): exactly what is missing.</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="MissingItems">What must be supplemented or corrected, one item each (at least one, none blank).</param>
/// <param name="Reason">Why, beyond the list, if needed.</param>
public sealed record RequestSupplementPayload(string Code, IReadOnlyList<string> MissingItems, string? Reason = null);
