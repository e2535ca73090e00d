namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.transfer</c>: the dossier was handed to its department in a transfer batch
/// (electronic at once, paper twice a day, RULES 2). The department is the one owning the
/// procedure, recorded at reception. Any node (the counter or the Hub) may record it.
/// </summary>
public sealed class TransferDossierMutator : DossierActionMutator<TransferDossierPayload>
{
    /// <summary>Longest batch id accepted.</summary>
    public const int MaxBatchIdLength = 64;

    /// <inheritdoc />
    public override string Type => DossierMutationTypes.Transfer;

    /// <inheritdoc />
    protected override string CodeOf(TransferDossierPayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, TransferDossierPayload payload, string officer, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(payload.BatchId) || payload.BatchId.Length > MaxBatchIdLength)
            throw new Sync.Mutators.InvalidMutationPayloadException(Type, $"batchId must be 1-{MaxBatchIdLength} characters.");
        dossier.TransferToDepartment(officer, entity.Department, at);
    }

    /// <inheritdoc />
    protected override DossierEntity Complete(DossierEntity entity, TransferDossierPayload payload) =>
        entity with { TransferBatch = payload.BatchId.Trim() };
}
