using System.Globalization;
using System.Net;
using System.Text;
using CounterNode.Shared.Calendar;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// The working-calendar page (<c>/admin/calendar</c>, Vietnamese): a year view where every day
/// shows its status (working, weekend, holiday and its name, day off and its reason, make-up
/// working day), the list of the year's special days, and plain HTML forms (posted with the
/// anti-forgery token) to add or remove a day off or a make-up working day and to set the Tết
/// days and the National Day adjacent day. Every text is HTML-encoded. Every edit form carries the
/// year's concurrency token (hidden <c>token</c>), so a save based on a year someone else changed
/// meanwhile is refused instead of overwriting the other edit: the page then shows a conflict panel
/// (<see cref="CalendarConflict"/>, focused on load) with what differs between the refused input and
/// the saved year, a form that posts the same input again on the saved year ("Ghi đè bằng nội dung
/// của tôi") and a button that drops the input ("Dùng bản đã lưu").
/// </summary>
public static class CalendarAdminPage
{
    private static readonly string[] WeekdayHeads = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

    /// <summary>The page's model.</summary>
    /// <param name="Center">Center name.</param>
    /// <param name="User">Signed-in supervisor.</param>
    /// <param name="AntiforgeryField">Form field name of the token.</param>
    /// <param name="AntiforgeryToken">The token.</param>
    /// <param name="Notice">Success message, if any.</param>
    /// <param name="Error">Refusal message (Vietnamese), if any.</param>
    /// <param name="Draft">What the refused form posted, shown again in that form.</param>
    /// <param name="Conflict">Set when the refusal was "someone else saved the year meanwhile": the panel to show.</param>
    public sealed record Model(
        string Center,
        string User,
        string AntiforgeryField,
        string AntiforgeryToken,
        string? Notice,
        string? Error,
        CalendarFormDraft? Draft = null,
        CalendarConflict? Conflict = null);

    /// <summary>Renders the page for <paramref name="view"/>.</summary>
    public static string Render(Model model, CalendarYearView view, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(view);
        var year = view.Year.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder(65_536);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Lịch làm việc năm ").Append(year).Append(" — ").Append(E(model.Center)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/board/assets/board.css\">\n").Append(Style).Append("</head>\n<body class=\"calendar-editor\">\n")
            .Append("<header><div><h1>Lịch làm việc năm ").Append(year).Append("</h1><p class=\"center\">").Append(E(model.Center)).Append("</p></div>")
            .Append("<div class=\"status\"><a href=\"/board\">Bảng giám sát</a> · <a href=\"/admin/catalogue\">Danh mục</a> · <a href=\"/admin/rotation\">Lịch luân phiên</a> · <span class=\"user\">")
            .Append(E(model.User)).Append("</span><form method=\"post\" action=\"/board/logout\">").Append(Token(model))
            .Append("<button type=\"submit\">Đăng xuất</button></form></div></header>\n<main>\n");
        html.Append("<nav class=\"years\"><a id=\"previous-year\" href=\"?year=").Append(view.Year - 1).Append("\">← Năm ").Append(view.Year - 1)
            .Append("</a> · <a id=\"next-year\" href=\"?year=").Append(view.Year + 1).Append("\">Năm ").Append(view.Year + 1).Append(" →</a> · <span>")
            .Append(view.WorkingDays).Append(" ngày làm việc trong năm</span></nav>\n");
        if (model.Notice is not null)
            html.Append("<p id=\"notice\" class=\"notice\" role=\"status\">").Append(E(model.Notice)).Append("</p>\n");
        if (model.Error is not null)
            html.Append("<p id=\"error\" class=\"error\" role=\"alert\">").Append(E(model.Error)).Append("</p>\n");
        if (model.Conflict is not null)
            AppendConflict(html, model, model.Conflict, view);
        AppendForms(html, model, view);
        AppendLegend(html);
        AppendMonths(html, view, today);
        AppendSpecialDays(html, model, view);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendForms(StringBuilder html, Model model, CalendarYearView view)
    {
        var year = view.Year.ToString(CultureInfo.InvariantCulture);
        var draft = model.Draft;
        var edit = Token(model) + Version(view);
        html.Append("<section class=\"forms\">\n");
        html.Append("<form id=\"add-day-off\" method=\"post\" action=\"/admin/calendar/days-off\"><h2>Thêm ngày nghỉ</h2>").Append(edit)
            .Append("<label>Ngày <input type=\"date\" name=\"date\" value=\"").Append(E(draft?.For("add-day-off", d => d.Date) ?? string.Empty)).Append("\"></label>")
            .Append("<label>Lý do (hiển thị cho người dân) <input type=\"text\" name=\"reason\" maxlength=\"200\" placeholder=\"Nghỉ hoán đổi theo Thông báo số …\" value=\"")
            .Append(E(draft?.For("add-day-off", d => d.Reason) ?? string.Empty)).Append("\"></label><button type=\"submit\">Thêm ngày nghỉ</button></form>\n");
        html.Append("<form id=\"add-make-up\" method=\"post\" action=\"/admin/calendar/make-up-days\"><h2>Thêm ngày làm việc bù</h2>").Append(edit)
            .Append("<label>Ngày <input type=\"date\" name=\"date\" value=\"").Append(E(draft?.For("add-make-up", d => d.Date) ?? string.Empty)).Append("\"></label>")
            .Append("<label>Ghi chú <input type=\"text\" name=\"reason\" maxlength=\"200\" placeholder=\"Làm bù cho ngày …\" value=\"")
            .Append(E(draft?.For("add-make-up", d => d.Reason) ?? string.Empty)).Append("\"></label><button type=\"submit\">Thêm ngày làm bù</button></form>\n");
        var tet = draft?.For("tet", d => d.Days ?? string.Empty) ?? string.Join("\n", (view.Overrides.LunarNewYearDays ?? []).Select(CalendarText.Date));
        html.Append("<form id=\"tet\" method=\"post\" action=\"/admin/calendar/tet\"><h2>Ngày nghỉ Tết Nguyên đán năm ").Append(year).Append("</h2>").Append(edit)
            .Append("<input type=\"hidden\" name=\"year\" value=\"").Append(year).Append("\">")
            .Append("<label>Các ngày nghỉ theo thông báo (dd/MM/yyyy, mỗi dòng một ngày; để trống để dùng 5 ngày theo quy định) <textarea name=\"days\" rows=\"5\">")
            .Append(E(tet)).Append("</textarea></label><button type=\"submit\">Lưu ngày nghỉ Tết</button></form>\n");
        var adjacent = draft?.For("national-day", d => d.Day ?? string.Empty) is { } posted
            ? (DateOnly.TryParseExact(posted, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p) ? p : (DateOnly?)null)
            : view.Overrides.NationalDayAdjacentDay;
        html.Append("<form id=\"national-day\" method=\"post\" action=\"/admin/calendar/national-day\"><h2>Ngày nghỉ liền kề Quốc khánh năm ").Append(year).Append("</h2>").Append(edit)
            .Append("<input type=\"hidden\" name=\"year\" value=\"").Append(year).Append("\"><label>Ngày <select name=\"day\">")
            .Append(Option(string.Empty, "Theo quy tắc mặc định (chưa có thông báo)", adjacent is null))
            .Append(Option(year + "-09-01", "01/09/" + year + " (trước ngày 02/09)", adjacent?.Day == 1))
            .Append(Option(year + "-09-03", "03/09/" + year + " (sau ngày 02/09)", adjacent?.Day == 3))
            .Append("</select></label><button type=\"submit\">Lưu</button></form>\n</section>\n");
    }

    private static void AppendConflict(StringBuilder html, Model model, CalendarConflict conflict, CalendarYearView view)
    {
        html.Append("<section id=\"conflict\" class=\"conflict\" tabindex=\"-1\" aria-labelledby=\"conflict-title\"><h2 id=\"conflict-title\">")
            .Append(E(conflict.Title)).Append("</h2><p id=\"conflict-who\">").Append(E(conflict.Message)).Append("</p>\n");
        if (conflict.Rows.Count > 0)
        {
            html.Append("<table id=\"conflict-diff\"><thead><tr><th scope=\"col\">Mục</th><th scope=\"col\">Nội dung của bạn (chưa lưu)</th><th scope=\"col\">Bản đã lưu hiện nay</th></tr></thead><tbody>\n");
            foreach (var row in conflict.Rows)
            {
                html.Append("<tr data-field=\"").Append(E(row.Field)).Append("\"><th scope=\"row\">").Append(E(row.Label)).Append("</th>");
                AppendCell(html, row.Mine, row.Saved, row.IsList);
                AppendCell(html, row.Saved, row.Mine, row.IsList);
                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("<div class=\"conflict-actions\">");
        if (conflict.OverwriteAction is not null)
        {
            // The same input again, now based on the saved year's token: an explicit, informed overwrite.
            html.Append("<form id=\"conflict-overwrite\" method=\"post\" action=\"").Append(E(conflict.OverwriteAction)).Append("\">").Append(Token(model)).Append(Version(view));
            foreach (var (name, value) in conflict.Fields)
                html.Append("<input type=\"hidden\" name=\"").Append(E(name)).Append("\" value=\"").Append(E(value)).Append("\">");
            html.Append("<button type=\"submit\">").Append(E(CalendarConflict.Overwrite)).Append("</button></form>");
        }

        html.Append("<form id=\"conflict-use-saved\" method=\"get\" action=\"").Append(CalendarEndpoints.PagePath).Append("\"><input type=\"hidden\" name=\"year\" value=\"")
            .Append(view.Year).Append("\"><input type=\"hidden\" name=\"done\" value=\"use-saved\"><button type=\"submit\">Dùng bản đã lưu</button></form></div>\n")
            // Keyboard and screen-reader users land on the panel, not at the top of a long page.
            .Append("<script>document.getElementById(\"conflict\").focus();</script>\n</section>\n");
    }

    // A list cell marks the items the other side lacks, so a changed list of days reads item by item.
    private static void AppendCell(StringBuilder html, IReadOnlyList<string> items, IReadOnlyList<string> other, bool isList)
    {
        html.Append("<td>");
        if (isList)
        {
            html.Append("<ul>");
            foreach (var item in items)
            {
                var only = !other.Contains(item);
                html.Append(only ? "<li class=\"only\">" : "<li>").Append(E(item)).Append(only ? " — chỉ có ở bản này" : string.Empty).Append("</li>");
            }

            html.Append("</ul>");
        }
        else
        {
            html.Append(E(string.Join("; ", items)));
        }

        html.Append("</td>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<p class=\"legend\">");
        foreach (var status in Enum.GetValues<DayStatus>())
            html.Append("<span class=\"day ").Append(Css(status)).Append("\">").Append(E(CalendarYearView.StatusName(status))).Append("</span> ");
        html.Append("</p>\n");
    }

    private static void AppendMonths(StringBuilder html, CalendarYearView view, DateOnly today)
    {
        var special = view.SpecialDays.ToDictionary(d => d.Date);
        html.Append("<section id=\"year\" class=\"months\">\n");
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(view.Year, month, 1);
            html.Append("<table class=\"month\" data-month=\"").Append(month).Append("\"><caption>Tháng ").Append(month).Append("</caption><thead><tr>");
            foreach (var head in WeekdayHeads)
                html.Append("<th>").Append(head).Append("</th>");
            html.Append("</tr></thead><tbody><tr>");
            var column = ((int)first.DayOfWeek + 6) % 7;
            for (var i = 0; i < column; i++)
                html.Append("<td></td>");
            for (var day = first; day.Month == month && day.Year == view.Year; day = day.AddDays(1))
            {
                var (status, label) = special.TryGetValue(day, out var d) ? (d.Status, d.Label) : (DayStatus.WorkingDay, "Ngày làm việc");
                html.Append("<td class=\"day ").Append(Css(status)).Append(day == today ? " today" : string.Empty).Append("\" data-date=\"")
                    .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\" data-status=\"").Append(Css(status))
                    .Append("\" title=\"").Append(E(CalendarText.Date(day) + ": " + label)).Append("\">").Append(day.Day).Append("</td>");
                if (++column % 7 == 0 && day.AddDays(1).Month == month)
                    html.Append("</tr><tr>");
            }

            html.Append("</tr></tbody></table>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendSpecialDays(StringBuilder html, Model model, CalendarYearView view)
    {
        html.Append("<h2>Ngày nghỉ lễ, Tết, ngày nghỉ theo thông báo và ngày làm việc bù năm ").Append(view.Year).Append("</h2>\n")
            .Append("<table id=\"special-days\" class=\"special\"><thead><tr><th>Ngày</th><th>Loại</th><th>Tên / lý do</th><th></th></tr></thead><tbody>\n");
        foreach (var day in view.SpecialDays.Where(d => d.Status != DayStatus.Weekend))
        {
            var iso = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            html.Append("<tr data-date=\"").Append(iso).Append("\" data-status=\"").Append(Css(day.Status)).Append("\"><td>").Append(E(CalendarText.VietnameseDay(day.Date)))
                .Append("</td><td>").Append(E(CalendarYearView.StatusName(day.Status))).Append("</td><td>").Append(E(day.Label)).Append("</td><td>");
            var action = day.Status switch
            {
                DayStatus.AdministrativeDayOff => "/admin/calendar/days-off/remove",
                DayStatus.MakeUpWorkingDay => "/admin/calendar/make-up-days/remove",
                _ => null,
            };
            if (action is not null)
            {
                html.Append("<form method=\"post\" action=\"").Append(action).Append("\">").Append(Token(model)).Append(Version(view))
                    .Append("<input type=\"hidden\" name=\"date\" value=\"").Append(iso).Append("\"><button type=\"submit\">Xóa</button></form>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static string Option(string value, string text, bool selected) =>
        "<option value=\"" + E(value) + "\"" + (selected ? " selected" : string.Empty) + ">" + E(text) + "</option>";

    private static string Css(DayStatus status) => status switch
    {
        DayStatus.WorkingDay => "working",
        DayStatus.MakeUpWorkingDay => "make-up",
        DayStatus.PublicHoliday => "holiday",
        DayStatus.CompensatoryDayOff => "compensatory",
        DayStatus.AdministrativeDayOff => "day-off",
        _ => "weekend",
    };

    private static string Token(Model model) =>
        "<input type=\"hidden\" name=\"" + E(model.AntiforgeryField) + "\" value=\"" + E(model.AntiforgeryToken) + "\">";

    // The year's concurrency token as the page read it (CalendarEndpoints.TokenField).
    private static string Version(CalendarYearView view) =>
        "<input type=\"hidden\" name=\"" + CalendarEndpoints.TokenField + "\" value=\"" + E(view.Token) + "\">";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
<style>
 .calendar-editor main{padding:12px 20px}
 .forms{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px;margin-bottom:12px}
 .forms form{background:#fff;border:1px solid #ccd3da;padding:8px;display:flex;flex-direction:column;gap:6px}
 .forms h2{font-size:15px;margin:0}
 .forms label{display:flex;flex-direction:column;font-size:13px}
 .months{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:10px}
 table.month{border-collapse:collapse;background:#fff;font-size:12px}
 table.month caption{font-weight:bold;text-align:left}
 table.month td,table.month th{border:1px solid #dde3e8;width:28px;text-align:center;padding:2px}
 .day.weekend{background:#eceff2;color:#666}
 .day.holiday{background:#f8d7d7;color:#8a1010;font-weight:bold}
 .day.compensatory{background:#fbe6c8;color:#7a4a00}
 .day.day-off{background:#ffd27f;color:#5a3a00;font-weight:bold}
 .day.make-up{background:#cfe8cf;color:#1f5e1a;font-weight:bold}
 .day.today{outline:2px solid #0b4f8a}
 .legend .day{padding:2px 6px;margin-right:4px;border:1px solid #ccd3da}
 table.special{border-collapse:collapse;background:#fff;margin-top:6px}
 table.special td,table.special th{border:1px solid #ccd3da;padding:3px 8px;text-align:left}
 .notice{background:#e3f4e1;color:#1f5e1a;padding:6px 10px}
 .error{background:#fbe3e3;color:#8a1010;padding:6px 10px}
 .conflict{background:#fff8e6;border:2px solid #b36b00;padding:8px 12px;margin-bottom:12px;max-width:900px}
 .conflict:focus{outline:3px solid #0b4f8a}
 .conflict h2{font-size:16px;margin:0 0 6px;color:#7a4a00}
 .conflict table{border-collapse:collapse;background:#fff}
 .conflict td,.conflict th{border:1px solid #ccd3da;padding:3px 8px;text-align:left;vertical-align:top}
 .conflict ul{margin:0;padding-left:18px}
 .conflict .only{font-weight:bold;background:#fde9b8}
 .conflict-actions{display:flex;gap:8px;margin-top:8px}
 .conflict-actions button{padding:6px 10px}
</style>

""";
}
