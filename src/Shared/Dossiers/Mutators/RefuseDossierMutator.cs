namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.refuse</c>: the dossier is refused with its specific reasons in writing (RULES 7,
/// Mẫu 03) — at the counter right after reception, or by the department while processing. No
/// reason (or only blank ones) is refused with <see cref="Errors.ReasonRequiredException"/>.
/// </summary>
public sealed class RefuseDossierMutator : DossierActionMutator<RefuseDossierPayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.Refuse;

    /// <inheritdoc />
    protected override string CodeOf(RefuseDossierPayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, RefuseDossierPayload payload, string officer, DateTimeOffset at) =>
        dossier.Refuse(officer, string.Join("; ", Reasons(payload)), at);

    /// <inheritdoc />
    protected override DossierEntity Complete(DossierEntity entity, RefuseDossierPayload payload) =>
        entity with
        {
            RefusalReasons = Reasons(payload),
            RefusalGuidance = string.IsNullOrWhiteSpace(payload.Guidance) ? null : payload.Guidance.Trim(),
        };

    private static string[] Reasons(RefuseDossierPayload payload) =>
        [.. (payload.Reasons ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())];
}
