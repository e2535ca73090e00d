using System.Runtime.CompilerServices;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// <c>GET /api/console/events</c>: the signed-in officer's console state as server-sent events,
/// sent at once, then again on every change (coalesced) and every few seconds as a keep-alive.
/// The stream ends when the officer signs out; loopback only, like the rest of the console.
/// </summary>
public static class ConsoleEventsEndpoint
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(30);

    /// <summary>Registers the feed that wakes the streams.</summary>
    public static IServiceCollection AddConsoleLivePush(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConsoleLiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsoleLiveFeed>());
        return services;
    }

    /// <summary>Maps the stream.</summary>
    public static IEndpointRouteBuilder MapConsoleEvents(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/console/events", (ConsoleSessions sessions, CounterConsole console, ConsoleLiveFeed feed, IHostApplicationLifetime lifetime, HttpContext http) =>
        {
            var token = http.Request.Cookies[ConsoleEndpoints.CookieName];
            try
            {
                sessions.Require(token);
            }
            catch (DomainException ex)
            {
                return Queue.QueueProblems.From(ex);
            }

            // Ends with the request or when the node stops (an open console must not hold up a shutdown).
            return TypedResults.ServerSentEvents(StreamAsync(sessions, console, feed, token, lifetime.ApplicationStopping, http.RequestAborted), eventType: "state");
        }).AddEndpointFilter<LoopbackOnlyFilter>();
        return app;
    }

    private static async IAsyncEnumerable<ConsoleState> StreamAsync(
        ConsoleSessions sessions, CounterConsole console, ConsoleLiveFeed feed, string? token, CancellationToken stopping,
        [EnumeratorCancellation] CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted);
        var cancellationToken = linked.Token;
        var seen = feed.Changed.Version;
        while (!cancellationToken.IsCancellationRequested)
        {
            ConsoleState state;
            try
            {
                state = await console.GetStateAsync(sessions.Require(token), cancellationToken).ConfigureAwait(false);
            }
            catch (NotSignedInException)
            {
                yield break; // signed out elsewhere: the page reconnects and gets 401, then shows the sign-in form
            }

            yield return state;
            if (await feed.Changed.TryWaitAfterAsync(seen, KeepAlive, cancellationToken).ConfigureAwait(false) is not { } next)
                yield break;
            if (next != seen)
            {
                // A burst (a pull of many changes) becomes one state; the second wait only delays, it never misses a change.
                if (await feed.Changed.TryWaitAfterAsync(long.MaxValue, Coalesce, cancellationToken).ConfigureAwait(false) is null)
                    yield break;
            }

            seen = feed.Changed.Version;
        }
    }
}
