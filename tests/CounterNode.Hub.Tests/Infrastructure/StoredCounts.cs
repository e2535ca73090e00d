using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>How much the Hub database holds: compare before and after a refused request to prove nothing was stored.</summary>
public sealed record StoredCounts(int Applied, int Changes, int Entities, long Version, string LastAppliedByNode, int Series, int Leases)
{
    public static async Task<StoredCounts> ReadAsync(TestDatabase db)
    {
        await using var c = db.NewContext();
        var nodes = await c.Nodes.OrderBy(n => n.NodeId).Select(n => n.NodeId + ":" + n.LastApplied + ":" + n.LastHash).ToListAsync();
        return new StoredCounts(
            await c.AppliedMutations.CountAsync(),
            await c.ChangeLog.CountAsync(),
            await c.Entities.CountAsync(),
            (await c.SyncState.SingleAsync()).Version,
            string.Join(",", nodes),
            await c.NumberSeries.CountAsync(),
            await c.ReserveLeases.CountAsync());
    }
}
