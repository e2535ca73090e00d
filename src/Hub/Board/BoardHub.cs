using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Board;

/// <summary>SignalR hub of the supervisors' board (<c>/hubs/board</c>, login required): the latest board on connect, then every update.</summary>
[Authorize(Policy = BoardAuthentication.SupervisorPolicy)]
public sealed class BoardHub(BoardSnapshotStore store) : Hub<IBoardClient>
{
    /// <summary>Path of the hub.</summary>
    public const string Path = "/hubs/board";

    public override async Task OnConnectedAsync()
    {
        if (store.Board is { } board)
            await Clients.Caller.Board(board);
        await base.OnConnectedAsync();
    }
}
