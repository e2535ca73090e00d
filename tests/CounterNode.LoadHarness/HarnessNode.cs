using System.Globalization;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CounterNode.LoadHarness;

/// <summary>
/// One node's sync stack exactly as <c>AddNodeSync</c> wires it (real SQLite file, HTTP client,
/// SignalR poke client, hosted <see cref="SyncAgent"/>) in a host of its own. The pull timer is
/// set to ten minutes, so a change reaches the node only through poke → pull.
/// </summary>
internal sealed class HarnessNode : IAsyncDisposable
{
    private readonly IHost _host;

    private HarnessNode(IHost host, string nodeId)
    {
        _host = host;
        NodeId = nodeId;
    }

    public string NodeId { get; }

    public NodeReplica Replica => _host.Services.GetRequiredService<NodeReplica>();

    public PokeListener Pokes => _host.Services.GetRequiredService<PokeListener>();

    /// <summary>The counter's call path (the Hub decides when reachable), as the officer console uses it.</summary>
    public CoordinatedMutator Coordinated => _host.Services.GetRequiredService<CoordinatedMutator>();

    public static async Task<HarnessNode> StartAsync(string nodeId, string key, Uri hub, string dataDirectory, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Node:NodeId"] = nodeId,
            ["Node:HubUrl"] = hub.ToString(),
            ["Node:DataDirectory"] = dataDirectory,
            ["Node:Key"] = key,
            ["Node:Sync:PullInterval"] = TimeSpan.FromMinutes(10).ToString("c", CultureInfo.InvariantCulture),
            ["Node:Sync:RequestTimeout"] = "00:00:30",
            ["Node:Sync:ReconnectMaxDelay"] = "00:00:02",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddNodeSync(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new HarnessNode(host, nodeId);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(10));
        _host.Dispose();
    }
}
