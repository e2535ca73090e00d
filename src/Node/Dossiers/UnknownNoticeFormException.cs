using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>The reprint named a form other than <c>mau-02</c> or <c>mau-04</c>.</summary>
public sealed class UnknownNoticeFormException(string formCode)
    : DomainException("dossier.unknown-notice-form",
        $"Unknown notice form '{formCode}' (expected {DossierNotices.SupplementCode} or {DossierNotices.DelayCode}).",
        "Loại phiếu không hợp lệ: chỉ in lại được Mẫu 02 (yêu cầu bổ sung) hoặc Mẫu 04 (hẹn lại ngày trả kết quả).")
{
    /// <summary>The form as given.</summary>
    public string FormCode { get; } = formCode;
}
