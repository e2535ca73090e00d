using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Sync;

/// <summary>
/// SignalR hub that pokes nodes when their scopes changed. Nodes authenticate like the HTTP
/// endpoints (headers), or with query parameters <c>node</c> and <c>access_token</c> where a
/// WebSocket client cannot set headers; each connection joins one group per granted scope.
/// </summary>
public sealed class SyncPokeHub(HubSyncEngine engine) : Hub<ISyncPokeClient>
{
    /// <summary>Group of the connections that see <paramref name="scope"/>.</summary>
    public static string GroupOf(string scope) => "scope:" + scope;

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext() ?? throw new HubException("No HTTP context.");
        var nodeId = FirstNonEmpty(http.Request.Headers[SyncProtocol.NodeIdHeader], http.Request.Query["node"]);
        var key = FirstNonEmpty(http.Request.Headers[SyncProtocol.NodeKeyHeader], http.Request.Query["access_token"]);
        NodeIdentity node;
        try
        {
            node = await engine.AuthenticateAsync(nodeId, key, Context.ConnectionAborted);
        }
        catch (NodeAuthenticationException)
        {
            Context.Abort();
            return;
        }

        foreach (var scope in node.Scopes)
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(scope), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    private static string? FirstNonEmpty(string? a, string? b) => !string.IsNullOrEmpty(a) ? a : !string.IsNullOrEmpty(b) ? b : null;
}
