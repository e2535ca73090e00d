using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>A reprint was asked for a dossier with no open supplement request or delay report (or not of the asked form).</summary>
public sealed class NoOpenNoticeException(string dossierCode, DossierNoticeForm? form)
    : DomainException("dossier.no-open-notice",
        $"Dossier {dossierCode} has no open {(form is null ? "notice" : DossierNotices.Code(form.Value) + " notice")} to reprint.",
        form switch
        {
            DossierNoticeForm.Supplement => $"Hồ sơ {dossierCode} không có yêu cầu bổ sung (Mẫu 02) đang chờ; không có phiếu để in lại.",
            DossierNoticeForm.Delay => $"Hồ sơ {dossierCode} không có thông báo trễ hẹn (Mẫu 04) đang hiệu lực; không có phiếu để in lại.",
            _ => $"Hồ sơ {dossierCode} không có yêu cầu bổ sung hay thông báo trễ hẹn nào đang hiệu lực; không có phiếu để in lại.",
        })
{
    /// <summary>The dossier.</summary>
    public string DossierCode { get; } = dossierCode;
}
