using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Devices;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Board;

/// <summary>Reads the nodes' device reports (a few rows: one per device in the hall).</summary>
public sealed class DeviceHealthQueries(IDbContextFactory<HubDbContext> contexts)
{
    /// <summary>Every device's latest report, as the board shows it.</summary>
    public async Task<IReadOnlyList<DeviceView>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => e.Type == DeviceStatusEntity.EntityType && e.Data != null)
            .Select(e => e.Data!)
            .ToListAsync(cancellationToken);
        return DeviceHealthProjection.Project(rows.Select(r => JsonSerializer.Deserialize<DeviceStatusEntity>(r, MutatorJson.Options)!));
    }
}
