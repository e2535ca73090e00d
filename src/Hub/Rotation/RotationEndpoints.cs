using CounterNode.Hub.Board;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Rotation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CounterNode.Hub.Rotation;

/// <summary>
/// The rotation editor (<c>/admin/rotation</c>) and the board's rotation API
/// (<c>/board/api/rotation</c>), both behind the supervisors' cookie login of the board.
/// Form posts carry the anti-forgery token (checked because they bind the form); a refused
/// change re-renders the page with the Vietnamese reason (422) and changes nothing.
/// </summary>
public static class RotationEndpoints
{
    /// <summary>Path of the editor page.</summary>
    public const string EditorPath = "/admin/rotation";

    public static IEndpointRouteBuilder MapRotationEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var editor = routes.MapGroup(EditorPath).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        editor.MapGet("/", GetPageAsync);
        editor.MapPost("/entries", (HttpContext http, IFormCollection form, RotationServices services, CancellationToken ct) =>
            ChangeAsync(http, services, "entry", state => (RotationMutationTypes.Put, RotationForms.Entry(form, state)), ct,
                m => m with { EntryDraft = (int.TryParse(form["counter"].FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0, EntryFormValues.From(form)) }));
        editor.MapPost("/entries/remove", (HttpContext http, IFormCollection form, RotationServices services, CancellationToken ct) =>
            ChangeAsync(http, services, "removed", _ => (RotationMutationTypes.Remove, RotationForms.Remove(form)), ct));
        editor.MapPost("/absences", (HttpContext http, IFormCollection form, RotationServices services, CancellationToken ct) =>
            ChangeAsync(http, services, "absence", _ => (RotationMutationTypes.RecordAbsence, RotationForms.Absence(form)), ct,
                m => m with { AbsenceDraft = AbsenceFormValues.From(form) }));
        editor.MapPost("/absences/reserve", (HttpContext http, IFormCollection form, RotationServices services, CancellationToken ct) =>
            ChangeAsync(http, services, "reserve", _ => (RotationMutationTypes.AssignReserve, RotationForms.Reserve(form)), ct));
        editor.MapPost("/absences/cancel", (HttpContext http, IFormCollection form, RotationServices services, CancellationToken ct) =>
            ChangeAsync(http, services, "cancelled", _ => (RotationMutationTypes.CancelAbsence, RotationForms.Cancel(form)), ct));
        routes.MapGet("/board/api/rotation", GetBoardAsync).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        return routes;
    }

    private static async Task<ContentHttpResult> GetPageAsync(HttpContext http, RotationServices services, string? done, string? edit, CancellationToken cancellationToken)
    {
        var notice = done switch
        {
            "entry" => "Đã lưu lịch trực. Máy trạm của quầy nhận thay đổi ngay.",
            "removed" => "Đã xóa mục lịch trực.",
            "absence" => "Đã ghi nhận vắng mặt.",
            "reserve" => "Đã cử công chức dự phòng.",
            "cancelled" => "Đã hủy đăng ký vắng mặt. Quầy trở lại lịch trực.",
            _ => null,
        };
        return await RenderAsync(http, services, notice, null, StatusCodes.Status200OK, cancellationToken, edit);
    }

    private static async Task<IResult> ChangeAsync(
        HttpContext http,
        RotationServices services,
        string done,
        Func<RotationState, (string Type, object Payload)> build,
        CancellationToken cancellationToken,
        Func<RotationEditorPage.Model, RotationEditorPage.Model>? keepInput = null)
    {
        try
        {
            var state = await services.Reader.ReadAsync(cancellationToken);
            var (type, payload) = build(state);
            await services.Commands.IssueAsync(type, payload, http.User.Identity?.Name, cancellationToken);
            // Post/redirect/get: a reload of the page does not post the change again.
            return TypedResults.Redirect(EditorPath + "?done=" + done);
        }
        catch (DomainException ex)
        {
            // The refused form is shown again with what was typed, so nothing has to be entered twice.
            return await RenderAsync(http, services, null, ex.DisplayMessage, StatusCodes.Status422UnprocessableEntity, cancellationToken, keep: keepInput);
        }
    }

    private static async Task<ContentHttpResult> RenderAsync(
        HttpContext http,
        RotationServices services,
        string? notice,
        string? error,
        int status,
        CancellationToken cancellationToken,
        string? edit = null,
        Func<RotationEditorPage.Model, RotationEditorPage.Model>? keep = null)
    {
        var state = await services.Reader.ReadAsync(cancellationToken);
        var now = services.Time.GetUtcNow();
        var board = RotationProjection.Project(state, services.Calendar, now);
        var tokens = services.Antiforgery.GetAndStoreTokens(http);
        var model = new RotationEditorPage.Model(services.Hub.Value.CenterName, http.User.Identity?.Name ?? string.Empty,
            tokens.FormFieldName, tokens.RequestToken ?? string.Empty, notice, error, edit);
        model = keep?.Invoke(model) ?? model;
        var html = RotationEditorPage.Render(model, state, board, DateOnly.FromDateTime(services.Calendar.ToLocal(now)));
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static async Task<Ok<RotationBoardView>> GetBoardAsync(RotationServices services, CancellationToken cancellationToken)
    {
        var state = await services.Reader.ReadAsync(cancellationToken);
        return TypedResults.Ok(RotationProjection.Project(state, services.Calendar, services.Time.GetUtcNow()));
    }
}
