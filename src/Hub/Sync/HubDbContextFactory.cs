using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Sync;

/// <summary>A context factory over fixed options (in-process engines: tests, simulation, tools).</summary>
public sealed class HubDbContextFactory(DbContextOptions<HubDbContext> options) : IDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext() => new(options);
}
