using System.Globalization;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Decides which of the department's notices still concern the citizen, so any counter of the
/// department can hand the paper out again: the supplement request while the dossier waits for
/// it (Mẫu 02), and the latest delay report while the result is not ready yet (Mẫu 04). Earlier
/// delay reports are superseded by the latest; once the result is ready, returned or refused no
/// notice is open (the citizen needs the result or the refusal, not a stale date).
/// </summary>
public static class DossierNotices
{
    /// <summary>The short code of Mẫu 02.</summary>
    public const string SupplementCode = "mau-02";

    /// <summary>The short code of Mẫu 04.</summary>
    public const string DelayCode = "mau-04";

    /// <summary>The open notices of <paramref name="dossier"/>, the one the citizen must act on first (supplement before delay); empty when none.</summary>
    public static IReadOnlyList<OpenDossierNotice> Open(DossierEntity dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var open = new List<OpenDossierNotice>(2);
        if (dossier is { State: DossierState.SupplementRequested, Supplement: { } request })
        {
            var lines = new List<string> { "Cơ quan chuyên môn yêu cầu bổ sung, hoàn thiện hồ sơ:" };
            lines.AddRange(request.MissingItems.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item}")));
            if (!string.IsNullOrWhiteSpace(request.Reason))
                lines.Add("Lý do: " + request.Reason);
            open.Add(new OpenDossierNotice(DossierNoticeForm.Supplement, Name(DossierNoticeForm.Supplement), -1, lines));
        }

        if (dossier.Delays.Count > 0 && dossier.State is not (DossierState.ResultReady or DossierState.Returned or DossierState.Refused))
        {
            var index = dossier.Delays.Count - 1;
            var delay = dossier.Delays[index];
            open.Add(new OpenDossierNotice(DossierNoticeForm.Delay, Name(DossierNoticeForm.Delay), index,
            [
                string.Create(CultureInfo.InvariantCulture, $"Hồ sơ trễ hẹn; hẹn trả lại ngày {delay.NewReturnDate:dd/MM/yyyy} (thay cho ngày {delay.PreviousReturnDate:dd/MM/yyyy})."),
                "Lý do: " + delay.Reason,
            ]));
        }

        return open;
    }

    /// <summary>The form of a short code (<c>mau-02</c>, <c>mau-04</c>, case and spaces ignored); null when blank.</summary>
    /// <exception cref="UnknownNoticeFormException">Any other text.</exception>
    public static DossierNoticeForm? ParseForm(string? formCode)
    {
        if (string.IsNullOrWhiteSpace(formCode))
            return null;
        var trimmed = formCode.Trim();
        if (trimmed.Equals(SupplementCode, StringComparison.OrdinalIgnoreCase))
            return DossierNoticeForm.Supplement;
        if (trimmed.Equals(DelayCode, StringComparison.OrdinalIgnoreCase))
            return DossierNoticeForm.Delay;
        throw new UnknownNoticeFormException(trimmed.Length > 16 ? trimmed[..16] : trimmed);
    }

    /// <summary>The open notice of <paramref name="dossier"/> in <paramref name="form"/> (the first open one when null), or null.</summary>
    public static OpenDossierNotice? Choose(DossierEntity dossier, DossierNoticeForm? form)
    {
        var open = Open(dossier);
        return form is null ? open.FirstOrDefault() : open.FirstOrDefault(n => n.Form == form);
    }

    /// <summary>The short code of a form.</summary>
    public static string Code(DossierNoticeForm form) => form == DossierNoticeForm.Supplement ? SupplementCode : DelayCode;

    /// <summary>The Vietnamese name of a form with its number.</summary>
    public static string Name(DossierNoticeForm form) => form == DossierNoticeForm.Supplement
        ? "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"
        : "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)";
}
