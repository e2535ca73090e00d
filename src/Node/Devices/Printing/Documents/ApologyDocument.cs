namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (apology with a new return date).</summary>
/// <param name="Agency">Header of the responsible agency.</param>
/// <param name="Number">Form number.</param>
/// <param name="IssuedAt">Date of the letter.</param>
/// <param name="Addressee">The applicant the apology is addressed to.</param>
/// <param name="DossierCode">Dossier code.</param>
/// <param name="ProcedureName">The procedure.</param>
/// <param name="ReceivedAt">When the dossier was received.</param>
/// <param name="OriginalReturnAt">The return date first promised.</param>
/// <param name="DelayReason">Why the result is late.</param>
/// <param name="NewReturnAt">The new return date.</param>
/// <param name="SignatoryTitle">Title of the head of the responsible agency.</param>
/// <param name="SignatoryName">Name of the head.</param>
public sealed record ApologyDocument(
    IssuingAgency Agency,
    string Number,
    DateTimeOffset IssuedAt,
    string Addressee,
    string DossierCode,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset OriginalReturnAt,
    string DelayReason,
    DateTimeOffset NewReturnAt,
    string SignatoryTitle,
    string SignatoryName) : IPrintDocument
{
    public string Kind => "mau-04-apology";
}
