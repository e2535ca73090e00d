namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.request-supplement</c>: the department asks the citizen, ONCE per dossier (RULES 6),
/// for exactly the listed items. A second request is refused with
/// <see cref="Errors.SupplementAlreadyRequestedException"/>; an empty or blank list with
/// <see cref="Errors.MissingItemsRequiredException"/>. Hub only. The receiving counter prints Mẫu 02.
/// </summary>
public sealed class RequestSupplementMutator : DossierActionMutator<RequestSupplementPayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.RequestSupplement;

    /// <inheritdoc />
    protected override bool HubOnly => true;

    /// <inheritdoc />
    protected override string CodeOf(RequestSupplementPayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, RequestSupplementPayload payload, string officer, DateTimeOffset at) =>
        dossier.RequestSupplement(officer, payload.MissingItems ?? [], payload.Reason, at);
}
