namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.refuse</c> (Mẫu 03).</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Reasons">The specific reasons, one per item (at least one non-blank).</param>
/// <param name="Guidance">What the applicant should do instead, if any.</param>
public sealed record RefuseDossierPayload(string Code, IReadOnlyList<string> Reasons, string? Guidance = null);
