namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (refusal).</summary>
public sealed record RefusalDocument(
    IssuingAgency Agency,
    string Number,
    DateTimeOffset IssuedAt,
    string ApplicantName,
    string ProcedureName,
    IReadOnlyList<string> Reasons,
    string Guidance,
    string OfficerName) : IPrintDocument
{
    public string Kind => "mau-03-refusal";
}
