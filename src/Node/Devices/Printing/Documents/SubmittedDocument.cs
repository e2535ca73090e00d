namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>One line of the list of submitted papers on the receipt (Mẫu 01, item 1).</summary>
/// <param name="Name">The paper, e.g. "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp".</param>
/// <param name="Form">"Bản chính", "Bản sao", "Bản sao chứng thực"…</param>
/// <param name="Quantity">Number of copies.</param>
public sealed record SubmittedDocument(string Name, string Form, int Quantity);
