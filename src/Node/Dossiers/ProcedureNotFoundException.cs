using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>The procedure chosen at reception is not in the catalogue (or not received at this counter).</summary>
public sealed class ProcedureNotFoundException(string procedureCode)
    : DomainException("dossier.procedure-not-found", $"Procedure '{procedureCode}' is not in the catalogue.", "Không tìm thấy thủ tục hành chính đã chọn; vui lòng chọn lại từ danh sách.")
{
    /// <summary>The unknown code.</summary>
    public string ProcedureCode { get; } = procedureCode;
}
