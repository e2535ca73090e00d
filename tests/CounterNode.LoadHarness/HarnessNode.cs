using System.Globalization;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

    /// <summary>The node's sync agent (its rounds, and the poke requests it needed no round for).</summary>
    public SyncAgent Agent => _host.Services.GetServices<IHostedService>().OfType<SyncAgent>().Single();

    /// <summary>The counter's call path (the Hub decides when reachable), as the officer console uses it.</summary>
    public CoordinatedMutator Coordinated => _host.Services.GetRequiredService<CoordinatedMutator>();

    /// <param name="pokeArrived">
    /// Called with every poke as it arrives, before the node applies it (the harness's latency
    /// breakdown). Null keeps the listener exactly as <c>AddNodeSync</c> builds it.
    /// </param>
    public static async Task<HarnessNode> StartAsync(
        string nodeId, string key, Uri hub, string dataDirectory, CancellationToken cancellationToken, Action<SyncPoke>? pokeArrived = null)
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
        if (pokeArrived is not null)
        {
            // The same listener AddNodeSync registers, with the arrival noted before the node's own apply.
            builder.Services.Replace(ServiceDescriptor.Singleton(sp =>
            {
                var engine = sp.GetRequiredService<SyncEngine>();
                return new PokeListener(
                    hub,
                    sp.GetRequiredService<HubCredentials>(),
                    sp.GetRequiredService<SyncTrigger>(),
                    new UnlimitedRetryPolicy(TimeSpan.FromMilliseconds(500), sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value.ReconnectMaxDelay),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<PokeListener>>(),
                    (poke, token) =>
                    {
                        pokeArrived(poke);
                        return engine.TryApplyPokeAsync(poke, token);
                    });
            }));
        }

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
