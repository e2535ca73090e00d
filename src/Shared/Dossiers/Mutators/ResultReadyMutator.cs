namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary><c>dossier.result-ready</c>: the department's result is back at the center for return. Hub only.</summary>
public sealed class ResultReadyMutator : DossierActionMutator<DossierCodePayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.ResultReady;

    /// <inheritdoc />
    protected override bool HubOnly => true;

    /// <inheritdoc />
    protected override string CodeOf(DossierCodePayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, DossierCodePayload payload, string officer, DateTimeOffset at) =>
        dossier.MarkResultReady(officer, at);
}
