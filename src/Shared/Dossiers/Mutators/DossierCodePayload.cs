namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of the steps that need nothing but the dossier: <c>dossier.start-processing</c>, <c>dossier.supplemented</c>, <c>dossier.result-ready</c>.</summary>
/// <param name="Code">Dossier code.</param>
public sealed record DossierCodePayload(string Code);
