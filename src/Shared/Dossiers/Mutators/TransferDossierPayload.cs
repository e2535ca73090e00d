namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.transfer</c>: the dossier went to its department in a batch.</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="BatchId">Transfer batch (1–64 characters; electronic dossiers may use their own one-dossier batch).</param>
public sealed record TransferDossierPayload(string Code, string BatchId);
