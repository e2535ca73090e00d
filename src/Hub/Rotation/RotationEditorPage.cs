using System.Globalization;
using System.Net;
using System.Text;
using CounterNode.Hub.Board;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Rotation;

/// <summary>
/// The rotation editor (<c>/admin/rotation</c>): per shared counter its schedule and a form to
/// add an entry; absences with their late flag and a reserve form; the coming gaps. Plain HTML
/// forms (posted with the anti-forgery token), so it works without scripts. Every text is
/// HTML-encoded.
/// </summary>
public static class RotationEditorPage
{
    /// <summary>The page's model.</summary>
    /// <param name="Center">Center name.</param>
    /// <param name="User">Signed-in supervisor.</param>
    /// <param name="AntiforgeryField">Form field name of the token.</param>
    /// <param name="AntiforgeryToken">The token.</param>
    /// <param name="Notice">Success message, if any.</param>
    /// <param name="Error">Refusal message (Vietnamese), if any.</param>
    /// <param name="EditEntryId">The entry whose values fill its counter's form (editing), if any.</param>
    /// <param name="EntryDraft">A refused entry form's values and its counter, shown again.</param>
    /// <param name="AbsenceDraft">A refused absence form's values, shown again.</param>
    public sealed record Model(
        string Center,
        string User,
        string AntiforgeryField,
        string AntiforgeryToken,
        string? Notice,
        string? Error,
        string? EditEntryId = null,
        (int Counter, EntryFormValues Values)? EntryDraft = null,
        AbsenceFormValues? AbsenceDraft = null);

    /// <summary>Renders the page.</summary>
    public static string Render(Model model, RotationState state, RotationBoardView board, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(board);
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Lịch luân phiên quầy tổng hợp — ").Append(E(model.Center)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/board/assets/board.css\">\n<link rel=\"stylesheet\" href=\"/board/assets/rotation.css\">\n</head>\n<body class=\"rotation-editor\">\n")
            .Append("<header><div><h1>Lịch luân phiên quầy tổng hợp</h1><p class=\"center\">").Append(E(model.Center)).Append("</p></div>")
            .Append("<div class=\"status\"><a href=\"/board\">Bảng giám sát</a> · <span class=\"user\">").Append(E(model.User)).Append("</span>")
            .Append("<form method=\"post\" action=\"/board/logout\">").Append(Token(model)).Append("<button type=\"submit\">Đăng xuất</button></form></div></header>\n<main>\n");
        if (model.Notice is not null)
            html.Append("<p id=\"notice\" class=\"notice\" role=\"status\">").Append(E(model.Notice)).Append("</p>\n");
        if (model.Error is not null)
            html.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(model.Error)).Append("</p>\n");
        if (!state.SharedCounters.Any())
            html.Append("<p class=\"empty\">Danh mục chưa có quầy tổng hợp nào.</p>\n");
        foreach (var counter in state.SharedCounters)
            AppendCounter(html, model, state, board, counter, today);
        AppendAbsences(html, model, state, board, today);
        AppendGaps(html, board);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCounter(StringBuilder html, Model model, RotationState state, RotationBoardView board, CounterEntity counter, DateOnly today)
    {
        var n = counter.Number.ToString(CultureInfo.InvariantCulture);
        html.Append("<section class=\"counter\" id=\"counter-").Append(n).Append("\" data-counter=\"").Append(n).Append("\">\n<h2>Quầy ").Append(n).Append(" — ")
            .Append(E(string.Join(", ", counter.Departments.Select(state.DepartmentName)))).Append("</h2>\n");
        if (board.Counters.FirstOrDefault(c => c.Counter == counter.Number) is { } now)
        {
            html.Append("<p class=\"on-duty\">").Append(E(now.Now.HalfDay)).Append(": <b>").Append(E(Staff(now.Now))).Append("</b> · ")
                .Append(E(now.Next.HalfDay)).Append(": <b>").Append(E(Staff(now.Next))).Append("</b></p>\n");
        }

        var entries = state.ScheduleOf(counter.Number).Entries;
        html.Append("<table class=\"schedule\"><thead><tr><th>Cơ quan</th><th>Công chức</th><th>Ngày</th><th>Buổi</th><th>Hiệu lực</th><th></th></tr></thead><tbody>\n");
        if (entries.Count == 0)
            html.Append("<tr><td colspan=\"6\" class=\"empty\">Chưa có lịch.</td></tr>\n");
        foreach (var entry in entries)
        {
            html.Append("<tr data-entry=\"").Append(E(entry.Id)).Append("\"><td>").Append(E(state.DepartmentName(entry.Department))).Append("</td><td>")
                .Append(E(state.OfficerName(entry.Officer))).Append("</td><td>").Append(E(RotationText.Days(entry))).Append("</td><td>")
                .Append(E(RotationText.Coverage(entry.HalfDays))).Append("</td><td>").Append(E(RotationText.Validity(entry))).Append("</td><td>")
                .Append("<a class=\"edit\" href=\"/admin/rotation?edit=").Append(Uri.EscapeDataString(entry.Id)).Append("#counter-").Append(n).Append("\">Sửa</a> ")
                .Append("<form method=\"post\" action=\"/admin/rotation/entries/remove\">").Append(Token(model))
                .Append("<input type=\"hidden\" name=\"counter\" value=\"").Append(n).Append("\"><input type=\"hidden\" name=\"id\" value=\"").Append(E(entry.Id))
                .Append("\"><button type=\"submit\" class=\"remove\">Xóa</button></form></td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        // Editing fills the form with the entry's values; posting the same id replaces the entry.
        var editing = entries.FirstOrDefault(e => e.Id == model.EditEntryId);
        var values = model.EntryDraft is { } draft && draft.Counter == counter.Number ? draft.Values
            : editing is not null ? EntryFormValues.From(editing)
            : EntryFormValues.Empty(today);
        html.Append("<form method=\"post\" action=\"/admin/rotation/entries\" class=\"add-entry\">").Append(Token(model))
            .Append("<input type=\"hidden\" name=\"counter\" value=\"").Append(n).Append("\">");
        if (values.Id is not null)
            html.Append("<input type=\"hidden\" name=\"id\" value=\"").Append(E(values.Id)).Append("\">");
        html.Append("\n<label>Công chức trực <select name=\"officer\" required><option value=\"\">— chọn —</option>");
        foreach (var department in counter.Departments)
        {
            html.Append("<optgroup label=\"").Append(E(state.DepartmentName(department))).Append("\">");
            foreach (var officer in state.Officers.Values.Where(o => o.Active && o.Department == department).OrderBy(o => o.Name, StringComparer.Ordinal))
                html.Append("<option value=\"").Append(E(officer.Id)).Append('"').Append(Selected(values.Officer == officer.Id)).Append('>').Append(E(officer.Name)).Append("</option>");
            html.Append("</optgroup>");
        }

        html.Append("</select></label>\n<fieldset class=\"days\"><legend>Các thứ trong tuần</legend>");
        foreach (var day in RotationText.Week)
        {
            html.Append("<label><input type=\"checkbox\" name=\"days\" value=\"").Append(day.ToString()).Append('"')
                .Append(values.Days.Contains(day.ToString()) ? " checked" : string.Empty).Append("> ").Append(RotationText.Day(day)).Append("</label>");
        }

        var halves = values.HalfDays;
        html.Append("</fieldset>\n<label>Ngày cụ thể (dd/mm/yyyy, cách nhau dấu phẩy) <input type=\"text\" name=\"dates\" value=\"").Append(E(values.Dates)).Append("\"></label>\n")
            .Append("<label>Buổi <select name=\"halfDays\">")
            .Append("<option value=\"both\"").Append(Selected(halves == "both")).Append(">Cả ngày</option>")
            .Append("<option value=\"morning\"").Append(Selected(halves == "morning")).Append(">Sáng</option>")
            .Append("<option value=\"afternoon\"").Append(Selected(halves == "afternoon")).Append(">Chiều</option></select></label>\n")
            .Append("<label>Hiệu lực từ <input type=\"date\" name=\"validFrom\" required value=\"").Append(E(values.ValidFrom)).Append("\"></label>\n")
            .Append("<label>đến <input type=\"date\" name=\"validTo\" value=\"").Append(E(values.ValidTo)).Append("\"></label>\n")
            .Append(values.Id is null
                ? "<button type=\"submit\">Thêm lịch trực</button>"
                : "<button type=\"submit\">Lưu thay đổi</button> <a href=\"/admin/rotation\">Hủy</a>")
            .Append("</form>\n</section>\n");
    }

    private static void AppendAbsences(StringBuilder html, Model model, RotationState state, RotationBoardView board, DateOnly today)
    {
        html.Append("<section class=\"absences\">\n<h2>Vắng mặt và công chức dự phòng</h2>\n")
            .Append("<table id=\"absences\"><thead><tr><th>Công chức</th><th>Cơ quan</th><th>Thời gian</th><th>Lý do</th><th>Báo lúc</th><th>Báo trễ</th><th>Dự phòng</th></tr></thead><tbody>\n");
        if (board.Absences.Count == 0)
            html.Append("<tr><td colspan=\"7\" class=\"empty\">Không có.</td></tr>\n");
        foreach (var a in board.Absences)
        {
            var absence = state.Absences.First(x => x.Id == a.Id);
            html.Append("<tr data-absence=\"").Append(E(a.Id)).Append("\" data-late=\"").Append(a.Late ? "1" : "0").Append("\"><td>").Append(E(a.Officer)).Append("</td><td>")
                .Append(E(a.Department)).Append("</td><td>").Append(E(a.Period)).Append("</td><td>").Append(E(a.Reason)).Append("</td><td>")
                .Append(E(a.ReportedAt.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture))).Append("</td><td>")
                .Append(a.Late ? "<span class=\"late\">Trễ hạn</span>" : a.Emergency ? "Khẩn cấp" : "Đúng hạn").Append("</td><td>");
            if (a.Reserve is not null)
                html.Append("<span class=\"reserve\">").Append(E(a.Reserve)).Append("</span> ");
            html.Append("<form method=\"post\" action=\"/admin/rotation/absences/reserve\" class=\"reserve-form\">").Append(Token(model))
                .Append("<input type=\"hidden\" name=\"absenceId\" value=\"").Append(E(a.Id)).Append("\"><select name=\"reserve\"><option value=\"\">— chọn dự phòng —</option>");
            foreach (var officer in state.Officers.Values.Where(o => o.Active && o.Department == absence.Department && o.Id != absence.Officer).OrderBy(o => o.Name, StringComparer.Ordinal))
                html.Append("<option value=\"").Append(E(officer.Id)).Append("\">").Append(E(officer.Name)).Append("</option>");
            html.Append("</select><button type=\"submit\">Cử dự phòng</button></form>")
                .Append("<form method=\"post\" action=\"/admin/rotation/absences/cancel\" class=\"cancel-absence\">").Append(Token(model))
                .Append("<input type=\"hidden\" name=\"absenceId\" value=\"").Append(E(a.Id)).Append("\">")
                .Append("<input type=\"text\" name=\"reason\" maxlength=\"500\" placeholder=\"Lý do hủy\" required>")
                .Append("<button type=\"submit\">Hủy vắng mặt</button></form></td></tr>\n");
        }

        var posted = model.AbsenceDraft ?? AbsenceFormValues.Empty(today);
        html.Append("</tbody></table>\n<h3>Đăng ký vắng mặt</h3>\n<form method=\"post\" action=\"/admin/rotation/absences\" class=\"add-absence\">").Append(Token(model))
            .Append("<label>Công chức <select name=\"officer\" required><option value=\"\">— chọn —</option>");
        foreach (var officer in state.Officers.Values.Where(o => o.Active).OrderBy(o => o.Department, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(officer.Id)).Append('"').Append(Selected(posted.Officer == officer.Id)).Append('>').Append(E(officer.Name + " — " + state.DepartmentName(officer.Department))).Append("</option>");
        html.Append("</select></label>\n<label>Từ ngày <input type=\"date\" name=\"fromDate\" required value=\"").Append(E(posted.FromDate)).Append("\"></label>")
            .Append("<select name=\"fromPart\"><option value=\"morning\"").Append(Selected(posted.FromPart != "afternoon")).Append(">sáng</option><option value=\"afternoon\"")
            .Append(Selected(posted.FromPart == "afternoon")).Append(">chiều</option></select>\n")
            .Append("<label>đến ngày <input type=\"date\" name=\"toDate\" required value=\"").Append(E(posted.ToDate)).Append("\"></label>")
            .Append("<select name=\"toPart\"><option value=\"afternoon\"").Append(Selected(posted.ToPart != "morning")).Append(">chiều</option><option value=\"morning\"")
            .Append(Selected(posted.ToPart == "morning")).Append(">sáng</option></select>\n")
            .Append("<label>Lý do <input type=\"text\" name=\"reason\" maxlength=\"").Append(RotationRules.MaxReasonLength).Append("\" value=\"").Append(E(posted.Reason)).Append("\"></label>\n")
            .Append("<label><input type=\"checkbox\" name=\"emergency\"").Append(posted.Emergency ? " checked" : string.Empty)
            .Append("> Trường hợp khẩn cấp</label>\n<button type=\"submit\">Ghi nhận vắng mặt</button></form>\n</section>\n");
    }

    private static void AppendGaps(StringBuilder html, RotationBoardView board)
    {
        html.Append("<section class=\"gaps\">\n<h2>Buổi chưa có người trực (").Append(RotationProjection.GapHorizon).Append(" buổi làm việc tới)</h2>\n<ul id=\"gaps\">");
        foreach (var gap in board.Gaps)
            html.Append("<li data-counter=\"").Append(gap.Counter).Append("\" data-kind=\"").Append(gap.Kind).Append("\">").Append(E(gap.HalfDay)).Append(" — ").Append(E(gap.Text)).Append("</li>");
        html.Append("</ul>\n");
        if (board.Gaps.Count == 0)
            html.Append("<p class=\"empty\">Không có buổi nào thiếu người.</p>\n");
        html.Append("</section>\n");
    }

    private static string Staff(StaffingView view) =>
        view.Officer is null ? view.StatusText : view.Officer + " (" + view.DepartmentName + (view.Status == "reserve" ? ", dự phòng" : string.Empty) + ")";

    private static string Selected(bool selected) => selected ? " selected" : string.Empty;

    private static string Token(Model model) =>
        "<input type=\"hidden\" name=\"" + E(model.AntiforgeryField) + "\" value=\"" + E(model.AntiforgeryToken) + "\">";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
