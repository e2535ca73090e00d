namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>
/// Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip), with every
/// field of Circular 01/2018's form. Printed in two copies: one stays with the dossier, one goes
/// to the applicant.
/// </summary>
public sealed record ReceiptDocument(
    IssuingAgency Agency,
    string DossierCode,
    DateTimeOffset IssuedAt,
    string ApplicantName,
    string ApplicantAddress,
    string? ApplicantPhone,
    string? ApplicantEmail,
    string ProcedureName,
    IReadOnlyList<SubmittedDocument> Documents,
    int NumberOfSets,
    int ProcessingWorkingDays,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ReturnAt,
    IReadOnlyList<string> ReturnDateExplanation,
    string CollectionPlace,
    string RegisterBook,
    string RegisterNumber,
    string OfficerName) : IPrintDocument
{
    public string Kind => "mau-01-receipt";
}
