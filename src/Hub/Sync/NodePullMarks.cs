using System.Collections.Concurrent;
using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Each node's latest pull (cursor and time), kept in memory and written to
/// <see cref="NodeRecord.LastPulledVersion"/> / <see cref="NodeRecord.LastPulledAtMs"/> in one
/// small transaction per flush. A pull is a read: writing its mark synchronously would turn
/// every poke of 200 nodes into 200 durable write transactions queued behind the pushes, so the
/// marks trail the pulls by up to one flush interval (<see cref="NodePullMarkService"/>). Losing
/// the unflushed marks in a crash only makes the board's lag look older until the next pull.
/// </summary>
public sealed class NodePullMarks
{
    private readonly ConcurrentDictionary<string, (long Version, long AtMs)> _pending = new(StringComparer.Ordinal);

    /// <summary>Remembers that <paramref name="nodeId"/> holds everything up to <paramref name="version"/> as of <paramref name="atMs"/>.</summary>
    public void Record(string nodeId, long version, long atMs) => _pending[nodeId] = (version, atMs);

    /// <summary>Marks recorded and not yet written.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Writes the pending marks (one UPDATE per node, one transaction); returns how many were written.</summary>
    public async Task<int> FlushAsync(IDbContextFactory<HubDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        if (_pending.IsEmpty)
            return 0;
        var marks = new List<(string NodeId, long Version, long AtMs)>();
        foreach (var nodeId in _pending.Keys)
        {
            if (_pending.TryRemove(nodeId, out var mark))
                marks.Add((nodeId, mark.Version, mark.AtMs));
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using (var sql = new HubSqlSession(db))
            {
                // Ordered by node id: concurrent flushers (several Hub instances) lock rows in one order.
                foreach (var (nodeId, version, atMs) in marks.OrderBy(m => m.NodeId, StringComparer.Ordinal))
                    sql.Queue(HubSql.UpdateNodePull, nodeId, version, atMs);
                await sql.FlushAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return marks.Count;
        }
        catch
        {
            // Put back what was not written (unless a newer pull was recorded meanwhile).
            foreach (var (nodeId, version, atMs) in marks)
                _pending.TryAdd(nodeId, (version, atMs));
            throw;
        }
    }
}
