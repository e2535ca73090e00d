namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// <c>dossier.report-delay</c>: the department reports, in writing, that the result will be late
/// and sets a new return date (RULES 7, Mẫu 04). The reason is required
/// (<see cref="Errors.ReasonRequiredException"/>) and the new date must be after the one in force
/// (<see cref="Errors.ReturnDateNotLaterException"/>); allowed until the result is ready. Hub only.
/// </summary>
public sealed class ReportDelayMutator : DossierActionMutator<ReportDelayPayload>
{
    /// <inheritdoc />
    public override string Type => DossierMutationTypes.ReportDelay;

    /// <inheritdoc />
    protected override bool HubOnly => true;

    /// <inheritdoc />
    protected override string CodeOf(ReportDelayPayload payload) => payload.Code;

    /// <inheritdoc />
    protected override void Act(Dossier dossier, DossierEntity entity, ReportDelayPayload payload, string officer, DateTimeOffset at) =>
        dossier.ReportDelay(officer, payload.Reason ?? string.Empty, payload.NewReturnDate, at);
}
