using CounterNode.Shared.Sync;

namespace CounterNode.Node.Storage;

// Printed numbers: every number handed out is recorded durably (and uniquely) before it is
// returned, so nothing can print a number the node has not committed to.
public sealed partial class NodeReplica
{
    /// <summary>Records a number the Hub assigned online.</summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The number was already used on this node (a Hub bug); nothing recorded.</exception>
    public Task RecordHubNumberAsync(NumberSeries series, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        return WriteAsync(transaction =>
        {
            NumberTables.RecordUsage(_connection, transaction, series, number, NumberSource.Hub, _time.GetUtcNow());
            return true;
        }, cancellationToken);
    }

    /// <summary>Takes and records the next number of the series' reserve blocks, or null when none is left.</summary>
    public Task<int?> TakeReserveNumberAsync(NumberSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        return WriteAsync(transaction =>
        {
            // A number the Hub handed out online can also lie inside a later block only if the Hub
            // broke its contract; skip such numbers rather than print a duplicate.
            while (NumberTables.TakeFromReserve(_connection, transaction, series) is { } number)
            {
                if (NumberTables.IsUsed(_connection, transaction, series, number))
                    continue;
                NumberTables.RecordUsage(_connection, transaction, series, number, NumberSource.Reserve, _time.GetUtcNow());
                return (int?)number;
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>Stores a block the Hub leased to this node (storing it twice is harmless).</summary>
    public Task AddReserveBlockAsync(ReserveLeaseResponse lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (!string.Equals(lease.NodeId, NodeId, StringComparison.Ordinal))
            throw new ArgumentException($"The lease is for node '{lease.NodeId}', not '{NodeId}'.", nameof(lease));
        ArgumentOutOfRangeException.ThrowIfLessThan(lease.First, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lease.Last, lease.First);
        return WriteAsync(transaction =>
        {
            NumberTables.AddBlock(_connection, transaction, lease.Series, lease.First, lease.Last, _time.GetUtcNow());
            return true;
        }, cancellationToken);
    }

    /// <summary>Unused numbers left in the series' reserve blocks.</summary>
    public Task<int> GetReserveRemainingAsync(NumberSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        return ReadAsync(() => NumberTables.Remaining(_connection, null, series), cancellationToken);
    }
}
