using System.Globalization;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// A node's sync stack exactly as <c>AddNodeSync</c> wires it (real SQLite file, real HTTP
/// client, real SignalR client, the hosted <see cref="SyncAgent"/>), in a host of its own so a
/// test can run several nodes against one real Hub process.
/// </summary>
internal sealed class NodeSyncTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private NodeSyncTestHost(IHost host, string nodeId)
    {
        _host = host;
        NodeId = nodeId;
    }

    public string NodeId { get; }

    public NodeReplica Replica => _host.Services.GetRequiredService<NodeReplica>();

    public INumberAllocator Numbers => _host.Services.GetRequiredService<INumberAllocator>();

    public PokeListener Pokes => _host.Services.GetRequiredService<PokeListener>();

    public SyncEngine Engine => _host.Services.GetRequiredService<SyncEngine>();

    /// <summary>The key the repository's Hub appsettings.json gives this node.</summary>
    public static string DevKey(string nodeId) => $"dev-key-{nodeId}-change-me";

    public static async Task<NodeSyncTestHost> StartAsync(string nodeId, int hubPort, string dataDirectory, TimeSpan pullInterval)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Node:NodeId"] = nodeId,
            ["Node:HubUrl"] = $"http://127.0.0.1:{hubPort}",
            ["Node:DataDirectory"] = dataDirectory,
            ["Node:Key"] = DevKey(nodeId),
            ["Node:Sync:PullInterval"] = pullInterval.ToString("c", CultureInfo.InvariantCulture),
            // A guard, not part of what is tested: a stopped Hub refuses connections at once, while a
            // cold Hub on a loaded machine (JIT of its first requests) can take seconds to answer.
            ["Node:Sync:RequestTimeout"] = "00:00:30",
            ["Node:Sync:NumberDeadline"] = "00:00:00.500",
            ["Node:Sync:ReserveBlockSize"] = "10",
            ["Node:Sync:ReserveLowWater"] = "3",
            ["Node:Sync:ReconnectMaxDelay"] = "00:00:02",
        });
        builder.Services.AddNodeSync(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new NodeSyncTestHost(host, nodeId);
    }

    /// <summary>Polls until <paramref name="condition"/> holds (a guard against hanging, not a timing assertion).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached in time: {what}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(15));
        _host.Dispose();
    }
}
