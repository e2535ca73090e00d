namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>The header block of the forms (left column of a Vietnamese administrative form).</summary>
/// <param name="SuperiorName">Governing body, e.g. "UBND TỈNH KON TUM".</param>
/// <param name="Name">Issuing agency, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG".</param>
/// <param name="Unit">Issuing unit, e.g. "Bộ phận tiếp nhận và trả kết quả".</param>
/// <param name="Place">Place name for the date line, e.g. "Kon Tum".</param>
public sealed record IssuingAgency(string SuperiorName, string Name, string Unit, string Place);
