namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary><c>dossier.start-processing</c>: the department starts, or after a supplement resumes, processing. Hub only.</summary>
public sealed class StartProcessingMutator : DossierActionMutator<DossierCodePayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.StartProcessing;

    /// <inheritdoc />
    protected override bool HubOnly => true;

    /// <inheritdoc />
    protected override string CodeOf(DossierCodePayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, DossierCodePayload payload, string officer, DateTimeOffset at) =>
        dossier.StartProcessing(officer, at);
}
