namespace CounterNode.Hub.Departments;

/// <summary>
/// One dossier as its department sees it. Holds the applicant's name: served only to the
/// department that owns the dossier, never to the board, the hall or a log.
/// </summary>
/// <param name="Code">Dossier code.</param>
/// <param name="ProcedureCode">Procedure code.</param>
/// <param name="ProcedureName">Procedure name.</param>
/// <param name="ApplicantName">Applicant (personal data).</param>
/// <param name="ReceivedAt">When the counter received it.</param>
/// <param name="OriginalReturnDate">Return date printed on the receipt.</param>
/// <param name="ReturnDate">Return date in force.</param>
/// <param name="State">State (kebab-case).</param>
/// <param name="StateText">State in Vietnamese.</param>
/// <param name="TransferBatch">Transfer batch id.</param>
/// <param name="TransferredAt">When it was handed over.</param>
/// <param name="SupplementItems">What the one supplement request asked for, if made.</param>
/// <param name="Delays">Delay reports so far.</param>
/// <param name="Overdue">True when the return date in force has passed and the result is not ready.</param>
/// <param name="Actions">Actions the state allows (<c>start-processing</c>, <c>request-supplement</c>, <c>result-ready</c>, <c>report-delay</c>).</param>
public sealed record DepartmentDossierView(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string ApplicantName,
    DateTimeOffset ReceivedAt,
    DateOnly OriginalReturnDate,
    DateOnly ReturnDate,
    string State,
    string StateText,
    string? TransferBatch,
    DateTimeOffset? TransferredAt,
    IReadOnlyList<string>? SupplementItems,
    int Delays,
    bool Overdue,
    IReadOnlyList<string> Actions)
{
    /// <summary>Code and state only: no personal data.</summary>
    public override string ToString() => $"DepartmentDossierView {{ Code = {Code}, State = {State} }}";
}
