namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (supplement request).</summary>
public sealed record SupplementRequestDocument(
    IssuingAgency Agency,
    string Number,
    DateTimeOffset IssuedAt,
    string DossierCode,
    string ApplicantName,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> ItemsToSupplement,
    string Reason,
    string ContactOfficer,
    string ContactPhone) : IPrintDocument
{
    public string Kind => "mau-02-supplement";
}
