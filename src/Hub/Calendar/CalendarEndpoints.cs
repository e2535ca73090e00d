using System.Globalization;
using CounterNode.Hub.Board;
using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Configuration;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// The working-calendar page <c>/admin/calendar</c> (form posts, post/redirect/get; a refused
/// change re-renders the page with the Vietnamese reason, 422, nothing changed) and its JSON API
/// <c>/board/api/calendar</c> (RFC 7807 problems with the list of problems). Both behind the
/// supervisors' cookie login of the board, like <c>/admin/catalogue</c> and <c>/admin/rotation</c>.
/// Concurrency: the page's forms carry the year's token (hidden <c>token</c>); the API answers it as
/// the <c>ETag</c> of <c>GET /{year}</c> and of every save and takes it back in <c>If-Match</c>. A
/// change based on a year saved meanwhile by someone else is refused: 409 problem
/// <c>catalogue.changed-meanwhile</c> from the API, 409 with the page re-rendered (newest year,
/// what was typed kept in its form, a <see cref="CalendarConflict"/> panel of what differs) from the page.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>Path of the page.</summary>
    public const string PagePath = "/admin/calendar";

    /// <summary>Prefix of the JSON API.</summary>
    public const string ApiPrefix = "/board/api/calendar";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var page = routes.MapGroup(PagePath).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        page.MapGet("/", GetPageAsync);
        page.MapPost("/days-off", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "day-off", (user, token, c) => editor.AddDayOffAsync(CalendarInput.Date("date", form["date"]), form["reason"], user, token, c), ct));
        page.MapPost("/days-off/remove", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "day-off-removed", (user, token, c) => editor.RemoveDayOffAsync(CalendarInput.Date("date", form["date"]), user, token, c), ct));
        page.MapPost("/make-up-days", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "make-up", (user, token, c) => editor.AddMakeUpDayAsync(CalendarInput.Date("date", form["date"]), form["reason"], user, token, c), ct));
        page.MapPost("/make-up-days/remove", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "make-up-removed", (user, token, c) => editor.RemoveMakeUpDayAsync(CalendarInput.Date("date", form["date"]), user, token, c), ct));
        page.MapPost("/tet", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "tet", (user, token, c) => editor.SetLunarNewYearDaysAsync(FormYear(form), CalendarInput.Dates("days", form["days"]), user, token, c), ct));
        page.MapPost("/national-day", (HttpContext http, IFormCollection form, CalendarEditor editor, CancellationToken ct) =>
            PostAsync(http, form, "national-day", (user, token, c) => editor.SetNationalDayAdjacentDayAsync(
                FormYear(form), string.IsNullOrWhiteSpace(form["day"]) ? null : CalendarInput.Date("day", form["day"]), user, token, c), ct));

        var api = routes.MapGroup(ApiPrefix).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        api.MapGet("/{year:int}", GetYearAsync);
        api.MapPut("/{year:int}", (int year, [FromBody] Shared.Catalogue.CalendarYearEntity body, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => body.Year == year
                ? editor.PutYearAsync(body, User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)
                : throw new InvalidCalendarInputException("year", "differs from the route.", $"Năm {body.Year} trong dữ liệu khác với năm {year} của đường dẫn.")));
        api.MapPost("/days-off", ([FromBody] CalendarDayBody body, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.AddDayOffAsync(CalendarInput.Date("date", body.Date), body.Reason, User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        api.MapDelete("/days-off/{date}", (string date, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.RemoveDayOffAsync(CalendarInput.Date("date", date), User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        api.MapPost("/make-up-days", ([FromBody] CalendarDayBody body, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.AddMakeUpDayAsync(CalendarInput.Date("date", body.Date), body.Reason, User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        api.MapDelete("/make-up-days/{date}", (string date, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.RemoveMakeUpDayAsync(CalendarInput.Date("date", date), User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        api.MapPut("/{year:int}/tet", (int year, [FromBody] CalendarTetBody body, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.SetLunarNewYearDaysAsync(year, CalendarInput.Dates("days", body.Days ?? []), User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        api.MapPut("/{year:int}/national-day", (int year, [FromBody] CalendarNationalDayBody body, HttpContext http, CalendarEditor editor, CancellationToken ct) =>
            ApiAsync(http, () => editor.SetNationalDayAdjacentDayAsync(year, string.IsNullOrWhiteSpace(body.Day) ? null : CalendarInput.Date("day", body.Day), User(http), ConcurrencyToken.FromIfMatch(http.Request), ct)));
        return routes;
    }

    /// <summary>Name of the hidden form field carrying the year's concurrency token.</summary>
    public const string TokenField = "token";

    // Said on the page under a concurrency refusal: the re-rendered page IS the reload, and the conflict panel below says what differs.
    private const string ChangedMeanwhileHint = "Trang dưới đây đã được tải lại với bản mới nhất; nội dung bạn vừa nhập vẫn được giữ. Xem bảng so sánh bên dưới rồi chọn ghi đè hoặc dùng bản đã lưu.";

    private static int FormYear(IFormCollection form) => CalendarInput.Year(form["year"], 0);

    private static string User(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static async Task<ContentHttpResult> GetPageAsync(
        HttpContext http, string? year, string? done, CalendarEditor editor, HubWorkingCalendar calendar, TimeProvider time,
        IAntiforgery antiforgery, IOptions<HubOptions> hub, CancellationToken cancellationToken)
    {
        var notice = done switch
        {
            "day-off" => "Đã thêm ngày nghỉ. Các quầy nhận thay đổi ngay; ngày hẹn trả tính lại theo lịch mới.",
            "day-off-removed" => "Đã xóa ngày nghỉ.",
            "make-up" => "Đã thêm ngày làm việc bù.",
            "make-up-removed" => "Đã xóa ngày làm việc bù.",
            "tet" => "Đã lưu ngày nghỉ Tết.",
            "national-day" => "Đã lưu ngày nghỉ liền kề Quốc khánh.",
            "use-saved" => "Đã bỏ nội dung bạn nhập; trang hiển thị bản đã lưu, chưa có gì được lưu.",
            _ => null,
        };
        var today = DateOnly.FromDateTime(calendar.Current.LocalNow(time));
        int shown;
        try
        {
            shown = CalendarInput.Year(year, today.Year);
            await editor.GetYearAsync(shown, cancellationToken);
        }
        catch (InvalidCalendarInputException ex)
        {
            return await RenderAsync(http, today.Year, null, ex.DisplayMessage, StatusCodes.Status400BadRequest, editor, calendar, time, antiforgery, hub, null, cancellationToken);
        }

        return await RenderAsync(http, shown, notice, null, StatusCodes.Status200OK, editor, calendar, time, antiforgery, hub, null, cancellationToken);
    }

    private static async Task<IResult> PostAsync(
        HttpContext http, IFormCollection form, string done, Func<string, string?, CancellationToken, Task<CalendarSaved>> change, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var editor = services.GetRequiredService<CalendarEditor>();
        var calendar = services.GetRequiredService<HubWorkingCalendar>();
        var time = services.GetRequiredService<TimeProvider>();
        try
        {
            // The token of the year the page showed: a save based on an older year is refused, not lost.
            var saved = await change(User(http), ConcurrencyToken.FromForm(form[TokenField]), cancellationToken);
            // Post/redirect/get: reloading the page does not post the change again.
            return TypedResults.Redirect(PagePath + "?year=" + saved.Year.ToString(CultureInfo.InvariantCulture) + "&done=" + done);
        }
        catch (DomainException ex)
        {
            // Show the year the form was about, with what was typed, so nothing has to be entered twice.
            var today = DateOnly.FromDateTime(calendar.Current.LocalNow(time));
            var year = FormYearOrDate(form) ?? today.Year;
            var meanwhile = ex as CatalogueChangedMeanwhileException;
            var (message, status) = meanwhile is not null
                ? (meanwhile.VietnameseSummary + " " + ChangedMeanwhileHint, StatusCodes.Status409Conflict)
                : (ex.DisplayMessage, StatusCodes.Status422UnprocessableEntity);
            return await RenderAsync(http, year, null, message, status, editor, calendar, time,
                services.GetRequiredService<IAntiforgery>(), services.GetRequiredService<IOptions<HubOptions>>(), CalendarFormDraft.From(done, form), cancellationToken,
                read => ConflictOf(ex, done, form, read));
        }
    }

    // The conflict panel of a refused form, or null. Someone else saved the year (409); or a removal
    // was refused because the day is gone while the page showed an older year: someone else removed
    // it first (the editor checks the day before the token), so the panel says so too.
    private static CalendarConflict? ConflictOf(DomainException refused, string done, IFormCollection form, CalendarYearRead saved)
    {
        var removedMeanwhile = refused is InvalidCalendarInputException
                               && done.EndsWith("-removed", StringComparison.Ordinal)
                               && !string.Equals(saved.Token, (string?)form[TokenField], StringComparison.Ordinal);
        return refused is CatalogueChangedMeanwhileException || removedMeanwhile ? CalendarConflict.Of(done, form, saved.Overrides) : null;
    }

    private static int? FormYearOrDate(IFormCollection form)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(form["year"]))
                return CalendarInput.Year(form["year"], 0) is var y && y >= LunarCalendar.MinSupportedDate.Year && y <= LunarCalendar.MaxSupportedDate.Year ? y : null;
            return string.IsNullOrWhiteSpace(form["date"]) ? null : CalendarInput.Date("date", form["date"]).Year;
        }
        catch (InvalidCalendarInputException)
        {
            return null;
        }
    }

    private static async Task<ContentHttpResult> RenderAsync(
        HttpContext http, int year, string? notice, string? error, int status, CalendarEditor editor, HubWorkingCalendar calendar,
        TimeProvider time, IAntiforgery antiforgery, IOptions<HubOptions> hub, CalendarFormDraft? draft, CancellationToken cancellationToken,
        Func<CalendarYearRead, CalendarConflict?>? conflictWith = null)
    {
        var read = await editor.ReadYearAsync(year, cancellationToken);
        var current = calendar.Current;
        var view = CalendarYearView.Of(year, current, read.Overrides) with { Token = read.Token };
        var tokens = antiforgery.GetAndStoreTokens(http);
        var model = new CalendarAdminPage.Model(hub.Value.CenterName, http.User.Identity?.Name ?? string.Empty,
            tokens.FormFieldName, tokens.RequestToken ?? string.Empty, notice, error, draft, conflictWith?.Invoke(read));
        var html = CalendarAdminPage.Render(model, view, DateOnly.FromDateTime(current.LocalNow(time)));
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static async Task<Results<JsonHttpResult<CalendarYearView>, ProblemHttpResult>> GetYearAsync(
        int year, HttpContext http, CalendarEditor editor, HubWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        try
        {
            var read = await editor.ReadYearAsync(year, cancellationToken);
            ConcurrencyToken.SetETag(http.Response, read.Token);
            return TypedResults.Json(CalendarYearView.Of(year, calendar.Current, read.Overrides) with { Token = read.Token }, MutatorJson.Options);
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static async Task<Results<JsonHttpResult<CalendarSaved>, ProblemHttpResult>> ApiAsync(HttpContext http, Func<Task<CalendarSaved>> change)
    {
        try
        {
            var saved = await change();
            ConcurrencyToken.SetETag(http.Response, saved.Token);
            return TypedResults.Json(saved, MutatorJson.Options);
        }
        catch (DomainException ex)
        {
            return Problem(ex);
        }
    }

    private static ProblemHttpResult Problem(DomainException ex)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = ex.Code };
        switch (ex)
        {
            case InvalidCalendarOptionsException options:
                extensions["problems"] = options.Problems.Select(p => p.Vietnamese).ToArray();
                break;
            case InvalidCalendarInputException input:
                extensions["field"] = input.Field;
                break;
            case CatalogueChangedMeanwhileException changed:
                // Who reads the problem may not read Vietnamese (a script's log): the English text too.
                extensions["year"] = changed.Id;
                extensions["english"] = $"The calendar of {changed.Id} was changed by someone else since you read it; reload it and edit again.";
                break;
        }

        return TypedResults.Problem(
            detail: ex.DisplayMessage,
            statusCode: ex is CatalogueEditRefusedException or CatalogueChangedMeanwhileException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            title: "Thay đổi lịch làm việc không được chấp nhận",
            type: "urn:counternode:" + ex.Code,
            extensions: extensions);
    }
}
