using System.Threading.Channels;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// A real SignalR client of the poke hub that writes every poke to a channel. It returns only
/// after the Hub confirmed the subscription (<see cref="SyncProtocol.SubscribedMethod"/>), as
/// the node does: <c>StartAsync</c> alone returns before the Hub has joined the connection to
/// its scopes' groups, and a push right after it could poke the groups without this client.
/// </summary>
internal static class PokeTestClient
{
    public static HubConnection Build(Uri hubAddress, string node, string key) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(hubAddress, SyncProtocol.PokeHubPath), o =>
            {
                o.Headers[SyncProtocol.NodeIdHeader] = node;
                o.Headers[SyncProtocol.NodeKeyHeader] = key;
            })
            .Build();

    /// <summary>Connects, subscribes and returns the connection with the scopes the Hub granted.</summary>
    public static async Task<(HubConnection Connection, string[] Scopes)> ListenAsync(Uri hubAddress, string node, string key, Channel<SyncPoke> pokes)
    {
        var connection = Build(hubAddress, node, key);
        connection.On<SyncPoke>(SyncProtocol.PokeMethod, p => pokes.Writer.TryWrite(p));
        try
        {
            await connection.StartAsync();
            var scopes = await connection.InvokeAsync<string[]>(SyncProtocol.SubscribedMethod);
            return (connection, scopes);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
