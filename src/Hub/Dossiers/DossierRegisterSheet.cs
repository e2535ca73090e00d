using System.Globalization;
using System.Text;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// The dossier register (Mẫu 06 — Sổ theo dõi hồ sơ, A4) of one department for one reception
/// day: per dossier its number, code, procedure, sets, applicant, address/phone, responsible
/// agency, dates received / due / transferred / result received from the agency / returned,
/// and notes (supplement, delays, refusal). HTML with print CSS. Holds personal data: served to
/// the owning department only.
/// </summary>
public static class DossierRegisterSheet
{
    /// <summary>Renders the register of <paramref name="day"/>.</summary>
    public static string Render(string centerName, string departmentName, DateOnly day, IReadOnlyList<DossierEntity> dossiers, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var body = new StringBuilder();
        body.Append(PrintPage.Heading(centerName, printedAt))
            .Append("<h1>Sổ theo dõi hồ sơ</h1>")
            .Append("<p class=\"subtitle\">Cơ quan giải quyết: <b>").Append(PrintPage.Encode(departmentName))
            .Append("</b> · Ngày tiếp nhận: <b id=\"register-day\">").Append(PrintPage.Date(day))
            .Append("</b> · Số hồ sơ: <b id=\"register-count\">").Append(dossiers.Count.ToString(CultureInfo.InvariantCulture)).Append("</b></p>")
            .Append("<table id=\"register\"><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Tên thủ tục hành chính</th><th>Số lượng hồ sơ (bộ)</th>")
            .Append("<th>Tên cá nhân, tổ chức</th><th>Địa chỉ, số điện thoại</th><th>Cơ quan chủ trì giải quyết</th>")
            .Append("<th>Ngày, tháng, năm nhận hồ sơ</th><th>Ngày hẹn trả kết quả</th><th>Chuyển hồ sơ đến cơ quan giải quyết</th>")
            .Append("<th>Nhận kết quả từ cơ quan giải quyết</th><th>Trả kết quả cho cá nhân, tổ chức</th><th>Ghi chú</th></tr></thead><tbody>");
        var n = 0;
        foreach (var d in dossiers)
        {
            n++;
            var contact = string.Join(", ", new[] { d.Applicant.Address, d.Applicant.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)));
            body.Append("<tr data-code=\"").Append(PrintPage.Encode(d.Code)).Append("\">")
                .Append("<td class=\"num\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Encode(d.Code)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(d.Reception.ProcedureName)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Reception.Sets.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(d.Applicant.FullName)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(contact)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(departmentName)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(d.ReceivedAt)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Date(d.ReturnDate)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(At(d, DossierAction.TransferToDepartment))).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(At(d, DossierAction.MarkResultReady))).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(d.Collection?.At)).Append("</td>")
                .Append("<td class=\"notes\">").Append(PrintPage.Encode(Notes(d))).Append("</td></tr>");
        }

        if (n == 0)
            body.Append("<tr><td colspan=\"13\" class=\"num\">Không có hồ sơ tiếp nhận trong ngày.</td></tr>");
        body.Append("</tbody></table>");
        return PrintPage.Wrap("Sổ theo dõi hồ sơ — " + PrintPage.Date(day), body.ToString());
    }

    private static DateTimeOffset? At(DossierEntity d, DossierAction action) => d.History.LastOrDefault(h => h.Action == action)?.At;

    private static string Notes(DossierEntity d)
    {
        var notes = new List<string>(4);
        if (d.Reception.Electronic)
            notes.Add("Hồ sơ điện tử");
        if (d.Supplement is { } s)
            notes.Add("Yêu cầu bổ sung: " + string.Join("; ", s.MissingItems));
        foreach (var delay in d.Delays)
            notes.Add($"Trễ hạn, hẹn lại {PrintPage.Date(delay.NewReturnDate)}: {delay.Reason}");
        if (d.Refusal is { } r)
            notes.Add("Từ chối: " + r.Reason);
        if (d.Collection is { ByProxy: true })
            notes.Add("Nhận thay (có giấy ủy quyền)");
        return string.Join(" · ", notes);
    }
}
