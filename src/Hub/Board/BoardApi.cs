using System.Net;
using System.Security.Claims;
using CounterNode.Hub.Configuration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Board;

/// <summary>Board pages, login/logout and the snapshot API (<c>/board…</c>).</summary>
public static class BoardApi
{
    /// <summary>A well-formed hash nobody's password matches, verified for unknown user names so they cost the same time.</summary>

    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var board = routes.MapGroup("/board");
        board.MapGet("/", GetBoardPage).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        board.MapGet("/login", GetLoginPage).AllowAnonymous();
        board.MapPost("/login", PostLoginAsync).AllowAnonymous();
        board.MapPost("/logout", PostLogoutAsync).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        board.MapGet("/api/snapshot", GetSnapshot).RequireAuthorization(BoardAuthentication.SupervisorPolicy);
        board.MapGet("/assets/{**path}", (string path) => Asset("board/" + path)).AllowAnonymous();
        return routes;
    }

    /// <summary>An embedded file, or 404.</summary>
    internal static Results<FileContentHttpResult, NotFound> Asset(string name) =>
        BoardAssets.Find(name) is { } bytes
            ? TypedResults.File(bytes, BoardAssets.ContentTypeOf(name))
            : TypedResults.NotFound();

    private static ContentHttpResult GetBoardPage(HttpContext http, IAntiforgery antiforgery, IOptions<HubOptions> hub)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = BoardAssets.Text("board/board.html")
            .Replace("{{center}}", WebUtility.HtmlEncode(hub.Value.CenterName), StringComparison.Ordinal)
            .Replace("{{user}}", WebUtility.HtmlEncode(http.User.Identity?.Name ?? string.Empty), StringComparison.Ordinal)
            .Replace("{{antiforgery-field}}", WebUtility.HtmlEncode(tokens.FormFieldName), StringComparison.Ordinal)
            .Replace("{{antiforgery-token}}", WebUtility.HtmlEncode(tokens.RequestToken ?? string.Empty), StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static ContentHttpResult GetLoginPage(HttpContext http, IAntiforgery antiforgery, IOptions<HubOptions> hub, [FromQuery] string? error) =>
        LoginPage.Render(http, antiforgery, "board/login.html", hub.Value.CenterName, error);

    // [FromForm] makes the endpoint check the anti-forgery token (UseAntiforgery): a forged cross-site post gets 400.
    private static async Task<RedirectHttpResult> PostLoginAsync(
        HttpContext http,
        [FromForm] LoginForm form,
        IOptions<BoardOptions> options,
        LoginThrottle throttle,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BoardApi));
        var userName = (form.UserName ?? string.Empty).Trim();
        var password = form.Password ?? string.Empty;
        if (userName.Length is 0 or > 100)
            return TypedResults.Redirect(BoardAuthentication.LoginPath + "?error=invalid");
        var account = options.Value.Supervisors.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var verdict = await throttle.AttemptAsync(userName, password, account?.PasswordHash, http.RequestAborted);
        if (verdict.Outcome == LoginOutcome.Locked)
            BoardLog.LoginLocked(logger, userName, verdict.LockedUntil!.Value);
        else if (verdict.Outcome != LoginOutcome.Succeeded)
            BoardLog.LoginFailed(logger, userName, verdict.Failures);
        if (verdict.Outcome != LoginOutcome.Succeeded)
            return TypedResults.Redirect(BoardAuthentication.LoginPath + verdict.ErrorQuery);

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account!.UserName), new Claim(ClaimTypes.Role, BoardAuthentication.SupervisorRole)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        BoardLog.LoggedIn(logger, account.UserName);
        return TypedResults.Redirect("/board");
    }

    private static async Task<RedirectHttpResult> PostLogoutAsync(HttpContext http, [FromForm] LogoutForm form)
    {
        _ = form;
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(BoardAuthentication.LoginPath);
    }

    private static Results<Ok<BoardSnapshot>, StatusCodeHttpResult> GetSnapshot(BoardSnapshotStore store) =>
        store.Board is { } board ? TypedResults.Ok(board) : TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
}
