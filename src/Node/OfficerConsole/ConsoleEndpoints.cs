using CounterNode.Node.Queue;
using CounterNode.Shared.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CounterNode.Node.OfficerConsole;

/// <summary>The officer console page and API, loopback only.</summary>
public static class ConsoleEndpoints
{
    /// <summary>Session cookie name.</summary>
    public const string CookieName = "cn_console";

    /// <summary>Maps <c>GET /console</c> and <c>/api/console/*</c>.</summary>
    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/console", () => TypedResults.Content(ConsolePage.Html, "text/html; charset=utf-8"))
            .AddEndpointFilter<LoopbackOnlyFilter>();
        var api = app.MapGroup("/api/console").AddEndpointFilter<LoopbackOnlyFilter>();

        api.MapPost("/sign-in", (SignInRequest request, ConsoleSessions sessions, CounterConsole console, HttpContext http) => Run(() =>
        {
            var session = sessions.SignIn(request.OfficerId, request.Pin);
            http.Response.Cookies.Append(CookieName, session.Token, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, Path = "/",
            });
            return Task.FromResult<IResult>(TypedResults.Ok(new { officer = session.Name, counter = console.Counter }));
        }));
        api.MapPost("/sign-out", (ConsoleSessions sessions, HttpContext http) =>
        {
            sessions.SignOut(http.Request.Cookies[CookieName]);
            http.Response.Cookies.Delete(CookieName);
            return TypedResults.NoContent();
        });
        api.MapGet("/state", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.GetStateAsync(Officer(sessions, http), ct).ConfigureAwait(false))));
        api.MapPost("/call-next", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.CallNextAsync(Officer(sessions, http), ct).ConfigureAwait(false))));
        api.MapPost("/recall", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.RecallAsync(Officer(sessions, http), ct).ConfigureAwait(false))));
        api.MapPost("/start", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.StartAsync(Officer(sessions, http), ct).ConfigureAwait(false))));
        api.MapPost("/finish", ([FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] TicketActionRequest? request,
            ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.FinishAsync(Officer(sessions, http), request?.TicketId, ct).ConfigureAwait(false))));
        api.MapPost("/no-show", ([FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] TicketActionRequest? request,
            ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.NoShowAsync(Officer(sessions, http), request?.TicketId, ct).ConfigureAwait(false))));
        api.MapPost("/transfer", (TransferRequest request, ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await console.TransferAsync(Officer(sessions, http), request.ToService, ct).ConfigureAwait(false))));
        api.MapPost("/pause", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () =>
            {
                await console.SetPausedAsync(Officer(sessions, http), paused: true, ct).ConfigureAwait(false);
                return TypedResults.Ok(new { paused = true, message = "Quầy tạm dừng gọi số." });
            }));
        api.MapPost("/resume", (ConsoleSessions sessions, CounterConsole console, HttpContext http, CancellationToken ct) =>
            Run(async () =>
            {
                await console.SetPausedAsync(Officer(sessions, http), paused: false, ct).ConfigureAwait(false);
                return TypedResults.Ok(new { paused = false, message = "Quầy tiếp tục gọi số." });
            }));
        return app;
    }

    private static OfficerSession Officer(ConsoleSessions sessions, HttpContext http) => sessions.Require(http.Request.Cookies[CookieName]);

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DomainException ex)
        {
            return QueueProblems.From(ex);
        }
    }
}
