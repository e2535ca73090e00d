using System.Globalization;
using System.Text;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Dossiers.Transfer;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// The sheet that goes with a paper transfer batch: for each dossier, the control row of the
/// process control sheet (Mẫu 05, Circular 01/2018) for the hand-over from the reception desk to
/// the department — code, applicant, procedure, received, due, handed over (time, by whom),
/// received by the department (time, signature), result (early / on time / late, filled in when
/// the result comes back). A4 landscape HTML with print CSS; the browser prints it or saves a PDF.
/// Holds applicants' names: served to the owning department only.
/// </summary>
public static class TransferBatchSheet
{
    /// <summary>Renders the sheet of <paramref name="batchId"/>.</summary>
    public static string Render(string centerName, string departmentName, string batchId, IReadOnlyList<DossierEntity> dossiers, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var subtitle = TransferBatchIds.TryParsePaper(batchId, out var slot, out _) && slot is not null
            ? $"Đợt chuyển hồ sơ giấy lúc {slot} — {departmentName}"
            : $"Hồ sơ điện tử chuyển ngay khi tiếp nhận — {departmentName}";
        var body = new StringBuilder();
        body.Append(PrintPage.Heading(centerName, printedAt))
            .Append("<h1>Phiếu kiểm soát quá trình giải quyết hồ sơ</h1>")
            .Append("<p class=\"subtitle\">").Append(PrintPage.Encode(subtitle)).Append("<br>Mã đợt chuyển: <b id=\"batch-id\">")
            .Append(PrintPage.Encode(batchId)).Append("</b> · Số hồ sơ: <b id=\"batch-count\">")
            .Append(dossiers.Count.ToString(CultureInfo.InvariantCulture)).Append("</b></p>")
            .Append("<table id=\"batch\"><thead><tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Mã hồ sơ</th><th rowspan=\"2\">Tổ chức, cá nhân</th>")
            .Append("<th rowspan=\"2\">Thủ tục hành chính</th><th rowspan=\"2\">Số bộ</th><th rowspan=\"2\">Ngày nhận</th><th rowspan=\"2\">Ngày hẹn trả</th>")
            .Append("<th colspan=\"2\">Bên giao</th><th colspan=\"2\">Bên nhận</th><th rowspan=\"2\">Kết quả (sớm / đúng hạn / trễ hạn)</th></tr>")
            .Append("<tr><th>Thời gian giao</th><th>Người giao</th><th>Thời gian nhận</th><th>Người nhận (ký)</th></tr></thead><tbody>");
        var n = 0;
        foreach (var d in dossiers)
        {
            n++;
            var handover = d.History.LastOrDefault(h => h.Action == DossierAction.TransferToDepartment);
            body.Append("<tr data-code=\"").Append(PrintPage.Encode(d.Code)).Append("\">")
                .Append("<td class=\"num\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Encode(d.Code)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(d.Applicant.FullName)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(d.Reception.ProcedureName)).Append("</td>")
                .Append("<td class=\"num\">").Append(d.Reception.Sets.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(d.ReceivedAt)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Date(d.ReturnDate)).Append("</td>")
                .Append("<td class=\"num\">").Append(PrintPage.Time(handover?.At)).Append("</td>")
                .Append("<td>").Append(PrintPage.Encode(handover?.OfficerId)).Append("</td>")
                .Append("<td></td><td></td><td></td></tr>");
        }

        body.Append("</tbody></table>")
            .Append("<div class=\"signatures\"><div><b>BÊN GIAO</b><br><i>(Bộ phận tiếp nhận và trả kết quả)</i></div>")
            .Append("<div><b>BÊN NHẬN</b><br><i>(").Append(PrintPage.Encode(departmentName)).Append(")</i></div></div>")
            .Append("<p class=\"note\">Mỗi hồ sơ kèm một Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05); bảng này ghi lần giao nhận từ Bộ phận tiếp nhận và trả kết quả sang cơ quan chuyên môn.</p>");
        return PrintPage.Wrap("Phiếu kiểm soát — " + batchId, body.ToString());
    }
}
