namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary><c>dossier.supplemented</c>: the citizen brought what the supplement request listed (any node: usually a counter).</summary>
public sealed class SupplementedMutator : DossierActionMutator<DossierCodePayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.Supplemented;

    /// <inheritdoc />
    protected override string CodeOf(DossierCodePayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, DossierCodePayload payload, string officer, DateTimeOffset at) =>
        dossier.ReceiveSupplement(officer, at);
}
