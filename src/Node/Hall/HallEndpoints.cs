using System.Runtime.CompilerServices;

namespace CounterNode.Node.Hall;

/// <summary>
/// The hall display served by the hall node itself (<c>/hall</c>), so the hall TV keeps working
/// while the Hub is down: a page, its snapshot, and a server-sent-events stream that pushes every
/// new view (and repeats the current one every few seconds as a keep-alive).
/// </summary>
public static class HallEndpoints
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>Maps <c>GET /hall</c>, <c>GET /api/hall/snapshot</c> and <c>GET /api/hall/events</c> (public: numbers only).</summary>
    public static IEndpointRouteBuilder MapHallDisplay(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/hall", () => TypedResults.Content(HallPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/api/hall/snapshot", (HallDisplay display) => TypedResults.Ok(display.Current));
        // The stream also ends when the node stops, so a hall TV left open never holds up a shutdown.
        app.MapGet("/api/hall/events", (HallDisplay display, IHostApplicationLifetime lifetime, HttpContext http) =>
            TypedResults.ServerSentEvents(StreamAsync(display, lifetime.ApplicationStopping, http.RequestAborted), eventType: "hall"));
        return app;
    }

    private static async IAsyncEnumerable<HallView> StreamAsync(HallDisplay display, CancellationToken stopping, [EnumeratorCancellation] CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted);
        var cancellationToken = linked.Token;
        // The version is read before the view: a change in between is sent again, never missed.
        var seen = display.Changed.Version;
        while (!cancellationToken.IsCancellationRequested)
        {
            yield return display.Current;
            if (await display.Changed.TryWaitAfterAsync(seen, KeepAlive, cancellationToken).ConfigureAwait(false) is not { } next)
                yield break;
            seen = next;
        }
    }
}
