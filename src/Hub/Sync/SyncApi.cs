using System.Security.Cryptography;
using System.Text;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Sync;

/// <summary>The sync protocol's HTTP endpoints (minimal API). Every refusal is an RFC 7807 problem.</summary>
public static class SyncApi
{
    /// <summary>Header of the admin key for <see cref="VerifyLogPath"/>.</summary>
    public const string AdminKeyHeader = "X-CounterNode-Admin-Key";

    /// <summary>GET: verifies the change-log hash chain.</summary>
    public const string VerifyLogPath = "/sync/v1/admin/verify-log";

    // Small requests (pull, bootstrap, numbers) never need more than this.
    private const int MaxSmallBodyBytes = 64 * 1024;

    /// <summary>Maps push, pull, bootstrap, numbers, reserve and the admin verify endpoint.</summary>
    public static IEndpointRouteBuilder MapSyncApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(string.Empty).WithTags("Sync");
        group.MapPost(SyncProtocol.PushPath, (HttpContext http, HubSyncEngine engine, ILoggerFactory logs, CancellationToken ct) =>
            HandleAsync<PushRequest, PushResponse>(http, engine, logs, SyncProtocol.MaxPushBytes, engine.PushAsync, ct));
        group.MapPost(SyncProtocol.PullPath, (HttpContext http, HubSyncEngine engine, ILoggerFactory logs, CancellationToken ct) =>
            HandleAsync<PullRequest, PullResponse>(http, engine, logs, MaxSmallBodyBytes, engine.PullAsync, ct));
        group.MapPost(SyncProtocol.BootstrapPath, (HttpContext http, HubSyncEngine engine, ILoggerFactory logs, CancellationToken ct) =>
            HandleAsync<BootstrapRequest, BootstrapResponse>(http, engine, logs, MaxSmallBodyBytes, engine.BootstrapAsync, ct));
        group.MapPost(SyncProtocol.NumbersPath, (HttpContext http, HubSyncEngine engine, ILoggerFactory logs, CancellationToken ct) =>
            HandleAsync<NumberRequest, NumberResponse>(http, engine, logs, MaxSmallBodyBytes, engine.NextNumberAsync, ct));
        group.MapPost(SyncProtocol.ReservePath, (HttpContext http, HubSyncEngine engine, ILoggerFactory logs, CancellationToken ct) =>
            HandleAsync<ReserveLeaseRequest, ReserveLeaseResponse>(http, engine, logs, MaxSmallBodyBytes, engine.LeaseReserveAsync, ct));
        group.MapGet(VerifyLogPath, VerifyLogAsync);
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<TResponse>, ProblemHttpResult>> HandleAsync<TRequest, TResponse>(
        HttpContext http,
        HubSyncEngine engine,
        ILoggerFactory logs,
        long maxBytes,
        Func<NodeIdentity, TRequest, CancellationToken, Task<TResponse>> handle,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        var claimed = http.Request.Headers[SyncProtocol.NodeIdHeader].ToString();
        try
        {
            var node = await engine.AuthenticateAsync(claimed, http.Request.Headers[SyncProtocol.NodeKeyHeader].ToString(), cancellationToken);
            var request = await SyncRequestBody.ReadAsync<TRequest>(http.Request, maxBytes, cancellationToken);
            var response = await handle(node, request, cancellationToken);
            return TypedResults.Json(response, SyncJson.Options);
        }
        catch (SyncRequestException ex)
        {
            HubSyncLog.Refused(logs.CreateLogger(typeof(SyncApi).FullName!), string.IsNullOrEmpty(claimed) ? "(none)" : claimed,
                ex.StatusCode, ex.Title, ex.Message);
            return TypedResults.Problem(detail: ex.Message, statusCode: ex.StatusCode, title: ex.Title, type: ex.ProblemType);
        }
    }

    private static async Task<Results<Ok<LogVerification>, ProblemHttpResult, NotFound>> VerifyLogAsync(
        HttpContext http, HubSyncEngine engine, IOptions<HubSyncOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.AdminKey))
            return TypedResults.NotFound();
        var given = Encoding.UTF8.GetBytes(http.Request.Headers[AdminKeyHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminKey))))
            return TypedResults.Problem(title: "Admin authentication failed", detail: $"Send the {AdminKeyHeader} header.", statusCode: StatusCodes.Status401Unauthorized);
        return TypedResults.Ok(await engine.VerifyChangeLogAsync(cancellationToken));
    }
}
