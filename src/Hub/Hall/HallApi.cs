using CounterNode.Hub.Board;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CounterNode.Hub.Hall;

/// <summary>The public hall display page (<c>/hall</c>) and its snapshot API.</summary>
public static class HallApi
{
    public static IEndpointRouteBuilder MapHallApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var hall = routes.MapGroup("/hall").AllowAnonymous();
        hall.MapGet("/", () => BoardApi.Asset("hall/hall.html"));
        hall.MapGet("/assets/{**path}", (string path) => BoardApi.Asset("hall/" + path));
        hall.MapGet("/api/snapshot", GetSnapshot);
        return routes;
    }

    private static Results<Ok<HallSnapshot>, StatusCodeHttpResult> GetSnapshot(BoardSnapshotStore store) =>
        store.Hall is { } hall ? TypedResults.Ok(hall) : TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
}
