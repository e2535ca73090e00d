using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Sync;

/// <summary>
/// SignalR hub that pokes nodes when their scopes changed. Nodes authenticate like the HTTP
/// endpoints (headers), or with query parameters <c>node</c> and <c>access_token</c> where a
/// WebSocket client cannot set headers; each connection joins one group per granted scope.
/// </summary>
public sealed class SyncPokeHub(HubSyncEngine engine, ILogger<SyncPokeHub> logger) : Hub<ISyncPokeClient>
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
        catch (NodeAuthenticationException ex)
        {
            // The node backs off and retries; the log says which node needs its key checked.
            HubSyncLog.PokeConnectionRefused(logger, string.IsNullOrEmpty(nodeId) ? "(none)" : nodeId,
                http.Connection.RemoteIpAddress?.ToString(), ex.Message);
            Context.Abort();
            return;
        }

        foreach (var scope in node.Scopes)
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(scope), Context.ConnectionAborted);
        Context.Items[ScopesKey] = node.Scopes;
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// The scopes this connection is poked for. Answered only once <see cref="OnConnectedAsync"/>
    /// has joined every group (see <see cref="SyncProtocol.SubscribedMethod"/>).
    /// </summary>
    [HubMethodName(SyncProtocol.SubscribedMethod)]
    public IReadOnlyList<string> Subscribed() =>
        Context.Items.TryGetValue(ScopesKey, out var scopes) && scopes is IReadOnlyList<string> list
            ? list
            : throw new HubException("This connection is not authenticated.");

    private const string ScopesKey = "scopes";

    private static string? FirstNonEmpty(string? a, string? b) => !string.IsNullOrEmpty(a) ? a : !string.IsNullOrEmpty(b) ? b : null;
}
