namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.receive</c>: everything printed on the receipt (Mẫu 01).</summary>
/// <param name="DossierId">UUIDv7 chosen by the node.</param>
/// <param name="Code">The dossier code printed (canonical text); its date is the center-local day of <paramref name="ReceivedAt"/>.</param>
/// <param name="ProcedureCode">Procedure code.</param>
/// <param name="ProcedureName">Procedure name as printed.</param>
/// <param name="Department">Department owning the procedure: the dossier lives in scope <c>dept:Department</c>.</param>
/// <param name="ProcessingDays">Legal processing time in working days (0–1000).</param>
/// <param name="Applicant">Who filed it (personal data).</param>
/// <param name="Documents">Papers ticked as submitted (at least one).</param>
/// <param name="Sets">Number of sets (1–99).</param>
/// <param name="Delivery">Where the result is collected.</param>
/// <param name="FeeVnd">Fees collected, in đồng (0 or more).</param>
/// <param name="Counter">Counter of reception.</param>
/// <param name="ReceivedAt">Time of reception, with the center's offset.</param>
/// <param name="ReturnAt">Return date and time printed, with the center's offset.</param>
/// <param name="ReturnExplanation">How the return date was computed (non-empty lines).</param>
/// <param name="Electronic">True for an electronic dossier.</param>
public sealed record ReceiveDossierPayload(
    Guid DossierId,
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string Department,
    int ProcessingDays,
    DossierApplicant Applicant,
    IReadOnlyList<ReceivedDocument> Documents,
    int Sets,
    ResultDelivery Delivery,
    long FeeVnd,
    int Counter,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ReturnAt,
    IReadOnlyList<string> ReturnExplanation,
    bool Electronic)
{
    /// <summary>Redacted: holds personal data.</summary>
    public override string ToString() => $"ReceiveDossierPayload {{ Code = {Code}, ProcedureCode = {ProcedureCode} (applicant redacted) }}";
}
