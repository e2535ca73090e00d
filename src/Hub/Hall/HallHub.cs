using CounterNode.Hub.Board;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Hall;

/// <summary>
/// Public, read-only SignalR hub of the hall display (<c>/hubs/hall</c>): ticket numbers and
/// waiting counts only, so it needs no login. It has no methods a browser could call.
/// </summary>
[AllowAnonymous]
public sealed class HallHub(BoardSnapshotStore store) : Hub<IHallClient>
{
    /// <summary>Path of the hub.</summary>
    public const string Path = "/hubs/hall";

    public override async Task OnConnectedAsync()
    {
        if (store.Hall is { } hall)
            await Clients.Caller.Hall(hall);
        await base.OnConnectedAsync();
    }
}
