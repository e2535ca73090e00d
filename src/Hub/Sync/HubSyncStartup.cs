using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Sync;

/// <summary>Creates or checks the database and seeds the configured nodes before the Hub serves requests.</summary>
internal sealed class HubSyncStartup(IDbContextFactory<HubDbContext> contexts, IOptions<HubNodesOptions> nodes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await HubDatabaseInitializer.InitializeAsync(db, nodes.Value.Nodes, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
