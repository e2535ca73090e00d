using System.Globalization;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// What the administrator sees when a calendar form was refused because someone else saved the
/// year meanwhile: what the form asked for against the year as now saved, only where they differ,
/// and what can be done — post the same input again based on the saved year (an explicit
/// overwrite), or drop the input and look at the saved year. The Hub does not record who saved a
/// year in a way the page can show, so the panel says only that someone else did.
/// </summary>
/// <param name="Title">Vietnamese heading.</param>
/// <param name="Message">Vietnamese explanation (what happened, that nothing was saved).</param>
/// <param name="Rows">The differences (empty when the saved year already holds what the form asked for).</param>
/// <param name="OverwriteAction">Where the overwrite form posts; null when posting again cannot help (e.g. the day was already removed).</param>
/// <param name="Fields">The refused form's fields, posted again by the overwrite form (the token is added from the saved year).</param>
public sealed record CalendarConflict(
    string Title,
    string Message,
    IReadOnlyList<CalendarConflictRow> Rows,
    string? OverwriteAction,
    IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>Text of the overwrite button.</summary>
    public const string Overwrite = "Ghi đè bằng nội dung của tôi";

    private const string SavedBySomeoneElse = "Lịch năm {0} đã được lưu bởi người khác sau khi bạn mở trang. Nội dung bạn nhập chưa được lưu và vẫn còn trong biểu mẫu bên dưới.";

    /// <summary>The conflict of the form posted for change <paramref name="done"/> (the page's <c>done=</c> key) against <paramref name="saved"/>; null when the form cannot be read back.</summary>
    public static CalendarConflict? Of(string done, IFormCollection form, CalendarYearEntity saved)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(saved);
        try
        {
            return done switch
            {
                "day-off" => AddDay(form, saved, dayOff: true),
                "make-up" => AddDay(form, saved, dayOff: false),
                "day-off-removed" => RemoveDay(form, saved, dayOff: true),
                "make-up-removed" => RemoveDay(form, saved, dayOff: false),
                "tet" => Tet(form, saved),
                "national-day" => NationalDay(form, saved),
                _ => null,
            };
        }
        catch (InvalidCalendarInputException)
        {
            // Input that does not parse was never the conflict; the page shows the plain message.
            return null;
        }
    }

    private static CalendarConflict AddDay(IFormCollection form, CalendarYearEntity saved, bool dayOff)
    {
        var date = CalendarInput.Date("date", form["date"]);
        var reason = ((string?)form["reason"] ?? string.Empty).Trim();
        var what = dayOff ? "ngày nghỉ" : "ngày làm việc bù";
        var label = Capitalise(what) + " " + CalendarText.Date(date);
        var mine = dayOff ? DayOffText(reason) : MakeUpText(reason);
        var stored = SavedDay(saved, date);
        var fields = FormFields(form, "date", "reason");
        var action = dayOff ? "/admin/calendar/days-off" : "/admin/calendar/make-up-days";
        var title = TitleOf(saved.Year);
        if (stored is null)
            return new CalendarConflict(title, MessageOf(saved.Year), [new CalendarConflictRow(dayOff ? "day-off" : "make-up", label, [mine], ["Chưa có trong bản đã lưu"])], action, fields);
        if (stored == mine)
            return new CalendarConflict(title, MessageOf(saved.Year) + " Bản đã lưu đã có đúng " + what + " này.", [], null, fields);
        // The date is already taken in the saved year: posting again would only be refused; the administrator removes it first.
        return new CalendarConflict(title, MessageOf(saved.Year) + " Ngày " + CalendarText.Date(date) + " đã có trong bản đã lưu; muốn đổi thì hãy xóa ngày đó trong danh sách rồi thêm lại.",
            [new CalendarConflictRow(dayOff ? "day-off" : "make-up", label, [mine], [stored])], null, fields);
    }

    private static CalendarConflict RemoveDay(IFormCollection form, CalendarYearEntity saved, bool dayOff)
    {
        var date = CalendarInput.Date("date", form["date"]);
        var what = dayOff ? "ngày nghỉ" : "ngày làm việc bù";
        var label = Capitalise(what) + " " + CalendarText.Date(date);
        var still = dayOff ? (saved.DaysOff ?? []).Any(d => d.Date == date) : (saved.MakeUpWorkingDays ?? []).Any(d => d.Date == date);
        var fields = FormFields(form, "date");
        var action = dayOff ? "/admin/calendar/days-off/remove" : "/admin/calendar/make-up-days/remove";
        return still
            ? new CalendarConflict(TitleOf(saved.Year), "Lịch năm " + saved.Year.ToString(CultureInfo.InvariantCulture) + " đã được lưu bởi người khác sau khi bạn mở trang; " + what + " chưa được xóa.", [new CalendarConflictRow(dayOff ? "day-off" : "make-up", label, ["Xóa " + what + " này"], [SavedDay(saved, date)!])], action, fields)
            : new CalendarConflict(Capitalise(what) + " " + CalendarText.Date(date) + " đã bị người khác xóa",
                "Người khác đã xóa " + what + " " + CalendarText.Date(date) + " trước bạn; không còn gì để xóa. Trang bên dưới là bản đã lưu.", [], null, fields);
    }

    private static CalendarConflict Tet(IFormCollection form, CalendarYearEntity saved)
    {
        var mine = CalendarInput.Dates("days", form["days"]).Distinct().Order().Select(CalendarText.Date).ToList();
        var stored = (saved.LunarNewYearDays ?? []).Order().Select(CalendarText.Date).ToList();
        var rows = mine.SequenceEqual(stored)
            ? []
            : new[] { new CalendarConflictRow("days", "Ngày nghỉ Tết Nguyên đán", OrDefault(mine), OrDefault(stored), IsList: mine.Count > 0 && stored.Count > 0) };
        return new CalendarConflict(TitleOf(saved.Year), MessageOf(saved.Year) + (rows.Length == 0 ? " Bản đã lưu có đúng các ngày nghỉ Tết bạn nhập." : string.Empty),
            rows, "/admin/calendar/tet", FormFields(form, "year", "days"));

        static IReadOnlyList<string> OrDefault(List<string> days) => days.Count > 0 ? days : ["Theo quy định (5 ngày, chưa có thông báo)"];
    }

    private static CalendarConflict NationalDay(IFormCollection form, CalendarYearEntity saved)
    {
        var text = (string?)form["day"];
        var mine = string.IsNullOrWhiteSpace(text) ? (DateOnly?)null : CalendarInput.Date("day", text);
        var stored = saved.NationalDayAdjacentDay;
        var rows = mine == stored
            ? []
            : new[] { new CalendarConflictRow("day", "Ngày nghỉ liền kề Quốc khánh", [AdjacentText(mine)], [AdjacentText(stored)]) };
        return new CalendarConflict(TitleOf(saved.Year), MessageOf(saved.Year) + (rows.Length == 0 ? " Bản đã lưu có đúng ngày bạn chọn." : string.Empty),
            rows, "/admin/calendar/national-day", FormFields(form, "year", "day"));
    }

    private static string TitleOf(int year) => "Lịch năm " + year.ToString(CultureInfo.InvariantCulture) + " đã được lưu bởi người khác";

    private static string MessageOf(int year) => string.Format(CultureInfo.InvariantCulture, SavedBySomeoneElse, year);

    private static string? SavedDay(CalendarYearEntity saved, DateOnly date) =>
        (saved.DaysOff ?? []).FirstOrDefault(d => d.Date == date) is { } off ? DayOffText(off.Reason)
        : (saved.MakeUpWorkingDays ?? []).FirstOrDefault(d => d.Date == date) is { } makeUp ? MakeUpText(makeUp.Reason)
        : null;

    private static string DayOffText(string reason) => "Ngày nghỉ — lý do: " + reason.Trim();

    private static string MakeUpText(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Ngày làm việc bù (không ghi chú)" : "Ngày làm việc bù — ghi chú: " + reason.Trim();

    private static string AdjacentText(DateOnly? day) => day switch
    {
        null => "Theo quy tắc mặc định (chưa có thông báo)",
        { Day: 1 } d => CalendarText.Date(d) + " (trước ngày 02/09)",
        { } d => CalendarText.Date(d) + " (sau ngày 02/09)",
    };

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static KeyValuePair<string, string>[] FormFields(IFormCollection form, params string[] names) =>
        [.. names.Select(n => KeyValuePair.Create(n, (string?)form[n] ?? string.Empty))];
}
