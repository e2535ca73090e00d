using System.Globalization;
using System.Net;
using System.Security.Claims;
using CounterNode.Hub.Board;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Departments;

/// <summary>
/// The department page (<c>/department</c>): login, the list of the department's transferred
/// dossiers (with applicant names — for the owning department only), its decisions, and the
/// printable batch sheet and register. Every decision goes through <see cref="HubMutationIssuer"/>
/// via <see cref="DepartmentDossierService"/>; every post is checked against forgery.
/// </summary>
public static class DepartmentApi
{
    /// <summary>Verified for unknown user names so they cost the same time as known ones.</summary>

    /// <summary>Login throttle keys are prefixed so a department and a supervisor with the same name do not lock each other.</summary>
    private const string ThrottlePrefix = "department:";

    public static IEndpointRouteBuilder MapDepartmentApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var department = routes.MapGroup(DepartmentAuthentication.BasePath);
        department.MapGet("/login", GetLoginPage).AllowAnonymous();
        department.MapPost("/login", PostLoginAsync).AllowAnonymous();
        department.MapGet("/assets/{**path}", (string path) => BoardApi.Asset("department/" + path)).AllowAnonymous();

        var signedIn = department.MapGroup(string.Empty).RequireAuthorization(DepartmentAuthentication.Policy);
        signedIn.MapGet("/", GetPageAsync);
        signedIn.MapPost("/logout", PostLogoutAsync);
        signedIn.MapGet("/batches/{batchId}", GetBatchSheetAsync);
        signedIn.MapGet("/register", GetRegisterAsync);

        var api = signedIn.MapGroup("/api");
        api.MapGet("/dossiers", GetDossiersAsync);
        var actions = api.MapGroup("/dossiers/{code}").AddEndpointFilter<AntiforgeryCheckFilter>();
        actions.MapPost("/start-processing", (string code, HttpContext http, DepartmentDossierService service, ILoggerFactory loggers, CancellationToken ct) =>
            RunAsync(http, loggers, DepartmentDossierService.StartProcessing, code, (d, u) => service.StartProcessingAsync(d, u, code, ct)));
        actions.MapPost("/request-supplement", (string code, SupplementRequestBody body, HttpContext http, DepartmentDossierService service, ILoggerFactory loggers, CancellationToken ct) =>
            RunAsync(http, loggers, DepartmentDossierService.RequestSupplement, code, (d, u) => service.RequestSupplementAsync(d, u, code, body, ct)));
        actions.MapPost("/result-ready", (string code, HttpContext http, DepartmentDossierService service, ILoggerFactory loggers, CancellationToken ct) =>
            RunAsync(http, loggers, DepartmentDossierService.ResultReady, code, (d, u) => service.MarkResultReadyAsync(d, u, code, ct)));
        actions.MapPost("/report-delay", (string code, DelayReportBody body, HttpContext http, DepartmentDossierService service, ILoggerFactory loggers, CancellationToken ct) =>
            RunAsync(http, loggers, DepartmentDossierService.ReportDelay, code, (d, u) => service.ReportDelayAsync(d, u, code, body, ct)));
        return routes;
    }

    /// <summary>Runs one decision and turns a refusal into a problem answer with the rule's Vietnamese text.</summary>
    internal static async Task<Results<Ok<DepartmentActionResult>, ProblemHttpResult>> RunAsync(
        HttpContext http, ILoggerFactory loggers, string action, string code, Func<string, string, Task<DepartmentActionResult>> run)
    {
        var logger = loggers.CreateLogger(typeof(DepartmentApi));
        var department = DepartmentAuthentication.DepartmentOf(http.User);
        var user = http.User.Identity?.Name ?? department;
        try
        {
            var result = await run(department, user);
            DepartmentLog.ActionDone(logger, department, user, action, result.Code);
            return TypedResults.Ok(result);
        }
        catch (DomainException ex)
        {
            DepartmentLog.ActionRefused(logger, department, user, action, Shorten(code), ex.Code);
            return TypedResults.Problem(
                detail: ex.DisplayMessage,
                statusCode: StatusOf(ex),
                title: "Thao tác không thực hiện được",
                type: "urn:counternode:error:" + ex.Code,
                extensions: new Dictionary<string, object?> { ["code"] = ex.Code });
        }
    }

    private static int StatusOf(DomainException ex) => ex switch
    {
        DossierNotFoundException => StatusCodes.Status404NotFound,
        SupplementAlreadyRequestedException or IllegalTransitionException or DepartmentActionRefusedException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    // A code from the URL goes to the log only if it is short (it is no personal data, but it is caller input).
    private static string Shorten(string code) => code.Length <= 64 ? code : code[..64];

    private static async Task<Ok<DepartmentDossierList>> GetDossiersAsync(HttpContext http, DepartmentDossierService service, DossierReader reader, CancellationToken cancellationToken)
    {
        var department = DepartmentAuthentication.DepartmentOf(http.User);
        var dossiers = await service.ListAsync(department, cancellationToken);
        var name = await reader.GetDepartmentNameAsync(department, cancellationToken);
        return TypedResults.Ok(new DepartmentDossierList(department, name, service.Today, dossiers));
    }

    private static async Task<ContentHttpResult> GetPageAsync(HttpContext http, IAntiforgery antiforgery, IOptions<HubOptions> hub, DossierReader reader, DepartmentDossierService service, CancellationToken cancellationToken)
    {
        var department = DepartmentAuthentication.DepartmentOf(http.User);
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = BoardAssets.Text("department/department.html")
            .Replace("{{center}}", WebUtility.HtmlEncode(hub.Value.CenterName), StringComparison.Ordinal)
            .Replace("{{department}}", WebUtility.HtmlEncode(await reader.GetDepartmentNameAsync(department, cancellationToken)), StringComparison.Ordinal)
            .Replace("{{user}}", WebUtility.HtmlEncode(http.User.Identity?.Name ?? string.Empty), StringComparison.Ordinal)
            .Replace("{{today}}", service.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{antiforgery-field}}", WebUtility.HtmlEncode(tokens.FormFieldName), StringComparison.Ordinal)
            .Replace("{{antiforgery-token}}", WebUtility.HtmlEncode(tokens.RequestToken ?? string.Empty), StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static ContentHttpResult GetLoginPage(HttpContext http, IAntiforgery antiforgery, IOptions<HubOptions> hub, [FromQuery] string? error) =>
        LoginPage.Render(http, antiforgery, "department/login.html", hub.Value.CenterName, error);

    // [FromForm] makes the endpoint check the anti-forgery token (UseAntiforgery): a forged cross-site post gets 400.
    private static async Task<RedirectHttpResult> PostLoginAsync(
        HttpContext http,
        [FromForm] LoginForm form,
        IOptions<DepartmentOptions> options,
        LoginThrottle throttle,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(DepartmentApi));
        var userName = (form.UserName ?? string.Empty).Trim();
        var password = form.Password ?? string.Empty;
        if (userName.Length is 0 or > 100)
            return TypedResults.Redirect(DepartmentAuthentication.LoginPath + "?error=invalid");
        var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var verdict = await throttle.AttemptAsync(ThrottlePrefix + userName, password, account?.PasswordHash, http.RequestAborted);
        if (verdict.Outcome == LoginOutcome.Locked)
            DepartmentLog.LoginLocked(logger, userName, verdict.LockedUntil!.Value);
        else if (verdict.Outcome != LoginOutcome.Succeeded)
            DepartmentLog.LoginFailed(logger, userName, verdict.Failures);
        if (verdict.Outcome != LoginOutcome.Succeeded)
            return TypedResults.Redirect(DepartmentAuthentication.LoginPath + verdict.ErrorQuery);

        var code = account!.Department.Trim();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim(DepartmentAuthentication.DepartmentClaim, code)],
            DepartmentAuthentication.Scheme);
        await http.SignInAsync(DepartmentAuthentication.Scheme, new ClaimsPrincipal(identity));
        DepartmentLog.LoggedIn(logger, account.UserName, code);
        return TypedResults.Redirect(DepartmentAuthentication.BasePath);
    }

    private static async Task<RedirectHttpResult> PostLogoutAsync(HttpContext http, [FromForm] LogoutForm form)
    {
        _ = form;
        await http.SignOutAsync(DepartmentAuthentication.Scheme);
        return TypedResults.Redirect(DepartmentAuthentication.LoginPath);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetBatchSheetAsync(
        string batchId, HttpContext http, DossierReader reader, IOptions<HubOptions> hub, TimeProvider time, CancellationToken cancellationToken)
    {
        var department = DepartmentAuthentication.DepartmentOf(http.User);
        if (batchId.Length > TransferDossierMutator.MaxBatchIdLength)
            return TypedResults.NotFound();
        var dossiers = await reader.GetBatchAsync(department, batchId, cancellationToken);
        if (dossiers.Count == 0)
            return TypedResults.NotFound();
        var name = await reader.GetDepartmentNameAsync(department, cancellationToken);
        var html = TransferBatchSheet.Render(hub.Value.CenterName, name, batchId, dossiers, time.GetUtcNow());
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetRegisterAsync(
        [FromQuery] string? day, HttpContext http, DossierReader reader, DepartmentDossierService service, IOptions<HubOptions> hub, TimeProvider time, CancellationToken cancellationToken)
    {
        var department = DepartmentAuthentication.DepartmentOf(http.User);
        var date = service.Today;
        if (!string.IsNullOrEmpty(day) && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return TypedResults.Problem(detail: "Ngày không hợp lệ (định dạng yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ");
        var dossiers = await reader.GetReceivedOnAsync(department, date, cancellationToken);
        var name = await reader.GetDepartmentNameAsync(department, cancellationToken);
        var html = DossierRegisterSheet.Render(hub.Value.CenterName, name, date, dossiers, time.GetUtcNow());
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
