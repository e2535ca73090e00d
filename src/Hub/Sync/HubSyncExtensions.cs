using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CounterNode.Hub.Sync;

/// <summary>Registration of the Hub's sync engine, database, endpoints and poke hub.</summary>
public static class HubSyncExtensions
{
    /// <summary>Configuration key of the optional Redis backplane (a StackExchange.Redis configuration string).</summary>
    public const string RedisKey = "Hub:Redis";

    /// <summary>Registers the database (Hub:Database), the engine, SignalR (+ Redis when Hub:Redis is set) and startup tasks.</summary>
    public static WebApplicationBuilder AddHubSync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HubSyncOptions>()
            .Bind(builder.Configuration.GetSection(HubSyncOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<HubNodesOptions>()
            .Bind(builder.Configuration.GetSection(HubNodesOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubNodesOptions>, HubNodesOptionsValidator>();
        services.AddPooledDbContextFactory<HubDbContext>((sp, options) =>
        {
            var hub = sp.GetRequiredService<IOptions<HubOptions>>().Value;
            HubDatabase.Configure(options, hub.Database, hub.ConnectionString);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(MutatorRegistry.Default);
        services.AddSingleton<ISyncPokeSender, SignalRSyncPokeSender>();
        services.AddSingleton<HubSyncEngine>();
        services.AddSingleton<HubMutationIssuer>();
        services.AddHostedService<HubSyncStartup>();
        services.AddHostedService<ChangeLogCompactionService>();
        services.AddHostedService<NodePullMarkService>();
        services.AddRequestDecompression();

        var signalR = services.AddSignalR();
        var redis = builder.Configuration[RedisKey];
        if (!string.IsNullOrWhiteSpace(redis))
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("counternode"));
        return builder;
    }

    /// <summary>Request decompression, the sync endpoints and the poke hub.</summary>
    public static WebApplication MapSyncApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestDecompression();
        ((IEndpointRouteBuilder)app).MapSyncApi();
        app.MapHub<SyncPokeHub>(SyncProtocol.PokeHubPath);
        return app;
    }

    /// <summary>
    /// Runs <c>--verify-log</c> if given: checks the change-log hash chain, prints the result
    /// and returns the exit code (0 intact, 1 broken); null when no such argument.
    /// </summary>
    public static async Task<int?> RunSyncCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains("--verify-log", StringComparer.Ordinal))
            return null;
        var contexts = app.Services.GetRequiredService<IDbContextFactory<HubDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
            await HubDatabaseInitializer.InitializeAsync(db, app.Services.GetRequiredService<IOptions<HubNodesOptions>>().Value.Nodes, CancellationToken.None);
        var result = await app.Services.GetRequiredService<HubSyncEngine>().VerifyChangeLogAsync(CancellationToken.None);
        await Console.Out.WriteLineAsync(result.IsIntact
            ? $"change log intact: {result.EntriesChecked} entries verified"
            : $"change log BROKEN at version {result.FirstBrokenVersion}: {result.Problem} ({result.EntriesChecked} entries verified before it)");
        return result.IsIntact ? 0 : 1;
    }
}
