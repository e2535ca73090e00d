namespace CounterNode.Node.Dossiers;

/// <summary>Refusal of a dossier already received (e.g. found invalid right after reception).</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Reasons">The specific reasons.</param>
/// <param name="Guidance">What the applicant should do.</param>
public sealed record RefuseDossierRequest(string? Code, IReadOnlyList<string>? Reasons, string? Guidance);
