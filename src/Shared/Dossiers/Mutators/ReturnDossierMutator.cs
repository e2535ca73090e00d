namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.return</c>: the result was handed over; records who collected it and, for a proxy,
/// the authorisation letter (RULES 4). A FACT once the paper left the counter, but only a dossier
/// whose result is ready can be returned: an already-returned dossier is refused with
/// <see cref="DossierAlreadyReturnedException"/> (the first return stands), a missing collector
/// with <see cref="Errors.CollectorRequiredException"/>, a proxy without authorisation with
/// <see cref="Errors.ProxyAuthorisationRequiredException"/>.
/// </summary>
public sealed class ReturnDossierMutator : DossierActionMutator<ReturnDossierPayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.Return;

    /// <inheritdoc />
    protected override string CodeOf(ReturnDossierPayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, ReturnDossierPayload payload, string officer, DateTimeOffset at)
    {
        if (dossier.Collection is { } first)
            throw new DossierAlreadyReturnedException(entity.Code, first.At);
        if (payload.Counter is < 1)
            throw new Sync.Mutators.InvalidMutationPayloadException(Type, "counter must be a positive counter number or null.");
        dossier.Return(officer, payload.Counter, payload.CollectorName ?? string.Empty, payload.ByProxy, payload.AuthorisationNote, at);
    }
}
