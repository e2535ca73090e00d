using CounterNode.Node.Configuration;
using CounterNode.Node.Storage;
using CounterNode.Shared.Identifiers;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Sync;

/// <summary>Registers the node's replica and sync engine.</summary>
public static class NodeSyncServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> that talks to the Hub.</summary>
    public const string HubHttpClientName = "counternode-hub";

    /// <summary>
    /// Adds the replica (<see cref="INodeReplica"/>), the numbers (<see cref="INumberAllocator"/>),
    /// <see cref="CoordinatedMutator"/> and the <see cref="SyncAgent"/> hosted service. Settings come
    /// from <c>Node</c> (id, Hub URL, data directory), <c>Node:Key</c> and <c>Node:Sync</c>.
    /// </summary>
    public static IServiceCollection AddNodeSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NodeOptions>()
            .Bind(configuration.GetSection(NodeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<NodeSyncOptions>()
            .Bind(configuration.GetSection(NodeSyncOptions.SectionName))
            .Configure(o => o.Key = configuration[NodeSyncOptions.KeyPath] ?? string.Empty)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(MutatorRegistry.Default);
        services.TryAddSingleton<IMutationApplier>(sp => new SharedMutatorApplier(sp.GetRequiredService<MutatorRegistry>()));
        services.TryAddSingleton(sp =>
        {
            var node = sp.GetRequiredService<IOptions<NodeOptions>>().Value;
            Directory.CreateDirectory(node.DataDirectory);
            return NodeReplica.Open(
                NodeReplicaOptions.ForDirectory(node.NodeId, node.DataDirectory),
                sp.GetRequiredService<IMutationApplier>(),
                sp.GetRequiredService<TimeProvider>(),
                new Uuid7(sp.GetRequiredService<TimeProvider>()),
                sp.GetRequiredService<ILogger<NodeReplica>>());
        });
        services.TryAddSingleton<INodeReplica>(sp => sp.GetRequiredService<NodeReplica>());
        services.TryAddSingleton(sp => new HubCredentials(
            sp.GetRequiredService<IOptions<NodeOptions>>().Value.NodeId,
            sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value.Key));

        services.AddHttpClient(HubHttpClientName, (sp, client) =>
        {
            client.BaseAddress = sp.GetRequiredService<IOptions<NodeOptions>>().Value.HubUrl;
            client.Timeout = sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value.RequestTimeout;
        });
        services.TryAddSingleton<ISyncTransport>(sp => new HttpSyncTransport(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HubHttpClientName),
            sp.GetRequiredService<HubCredentials>(),
            sp.GetRequiredService<ILogger<HttpSyncTransport>>(),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton(sp => new SyncEngine(
            sp.GetRequiredService<NodeReplica>(),
            sp.GetRequiredService<ISyncTransport>(),
            SyncEngineSettings.From(sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value),
            sp.GetRequiredService<ILogger<SyncEngine>>()));
        services.TryAddSingleton<SyncTrigger>();
        services.TryAddSingleton(sp => new PokeListener(
            sp.GetRequiredService<IOptions<NodeOptions>>().Value.HubUrl,
            sp.GetRequiredService<HubCredentials>(),
            sp.GetRequiredService<SyncTrigger>(),
            new UnlimitedRetryPolicy(TimeSpan.FromMilliseconds(500), sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value.ReconnectMaxDelay),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PokeListener>>(),
            sp.GetRequiredService<SyncEngine>().TryApplyPokeAsync));
        services.TryAddSingleton(sp => new NumberAllocator(
            sp.GetRequiredService<NodeReplica>(),
            sp.GetRequiredService<ISyncTransport>(),
            NumberAllocatorSettings.From(sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<NumberAllocator>>()));
        services.TryAddSingleton<INumberAllocator>(sp => sp.GetRequiredService<NumberAllocator>());
        services.TryAddSingleton(sp => new CoordinatedMutator(
            sp.GetRequiredService<NodeReplica>(),
            sp.GetRequiredService<SyncEngine>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<NodeSyncOptions>>().Value.DecisionWait,
            sp.GetRequiredService<ILogger<CoordinatedMutator>>()));
        services.AddHostedService<SyncAgent>();
        // Features name the series they print from (IReserveSeriesSource); one keeper leases them all.
        services.AddHostedService<ReserveKeeper>();
        return services;
    }
}
