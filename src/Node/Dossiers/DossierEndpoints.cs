using CounterNode.Node.OfficerConsole;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>The dossier page and API of the officer console: loopback only, officer session required.</summary>
public static class DossierEndpoints
{
    /// <summary>Maps <c>GET /console/dossiers</c> and <c>/api/dossiers/*</c>.</summary>
    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/console/dossiers", () => TypedResults.Content(DossierPage.Html, "text/html; charset=utf-8"))
            .AddEndpointFilter<LoopbackOnlyFilter>();
        var api = app.MapGroup("/api/dossiers").AddEndpointFilter<LoopbackOnlyFilter>();

        api.MapGet("/procedures", (string? q, ConsoleSessions sessions, IProcedureCatalogue catalogue, HttpContext http, CancellationToken ct) => Run(async () =>
        {
            Officer(sessions, http);
            var found = await catalogue.SearchAsync(q, ct).ConfigureAwait(false);
            return TypedResults.Ok(found.Select(p => new ProcedureItem(p.Code, p.Name, p.Department, p.ProcessingDays, p.Fee, p.Documents, p.Electronic)));
        }));
        api.MapPost("/receive", (ReceiveDossierRequest request, ConsoleSessions sessions, DossierReceiving receiving, HttpContext http, CancellationToken ct) => Run(async () =>
        {
            var result = await receiving.ReceiveAsync(Officer(sessions, http), request, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/dossiers/lookup?code={Uri.EscapeDataString(result.Code)}", result);
        }));
        api.MapPost("/refuse-at-reception", (ReceiveDossierRequest request, ConsoleSessions sessions, DossierReceiving receiving, HttpContext http, CancellationToken ct) => Run(async () =>
        {
            var result = await receiving.RefuseAtReceptionAsync(Officer(sessions, http), request, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/dossiers/lookup?code={Uri.EscapeDataString(result.Code)}", result);
        }));
        api.MapPost("/refuse", (RefuseDossierRequest request, ConsoleSessions sessions, DossierDesk desk, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await desk.RefuseAsync(Officer(sessions, http), request, ct).ConfigureAwait(false))));
        api.MapGet("/lookup", (string? code, ConsoleSessions sessions, DossierDesk desk, HttpContext http, CancellationToken ct) => Run(async () =>
        {
            Officer(sessions, http);
            return TypedResults.Ok(await desk.FindAsync(code, ct).ConfigureAwait(false));
        }));
        api.MapPost("/return", (ReturnDossierRequest request, ConsoleSessions sessions, DossierDesk desk, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await desk.ReturnAsync(Officer(sessions, http), request, ct).ConfigureAwait(false))));
        api.MapPost("/supplemented", (SupplementedRequest request, ConsoleSessions sessions, DossierDesk desk, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await desk.RecordSupplementAsync(Officer(sessions, http), request, ct).ConfigureAwait(false))));
        api.MapPost("/reprint-notice", (ReprintNoticeRequest request, ConsoleSessions sessions, DossierNoticeReprint reprint, HttpContext http, CancellationToken ct) =>
            Run(async () => TypedResults.Ok(await reprint.ReprintAsync(Officer(sessions, http), request, ct).ConfigureAwait(false))));
        api.MapGet("/scanned", (ConsoleSessions sessions, DossierScanHandler scans, HttpContext http) => Run(() =>
        {
            Officer(sessions, http);
            return Task.FromResult<IResult>(scans.Latest is { } latest ? TypedResults.Ok(latest) : TypedResults.NoContent());
        }));
        return app;
    }

    private static OfficerSession Officer(ConsoleSessions sessions, HttpContext http) => sessions.Require(http.Request.Cookies[ConsoleEndpoints.CookieName]);

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DomainException ex)
        {
            return DossierProblems.From(ex);
        }
    }
}
