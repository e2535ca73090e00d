using CounterNode.Node.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.LoadHarness;

/// <summary>
/// Counts the distinct tickets a node's replica announced as confirmed by the Hub (its change
/// notifications, as a screen sees them): the proof that a node really received and applied
/// every commit of the run, not just that it was connected.
/// </summary>
internal sealed class TicketTally
{
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _confirmed.Count;
        }
    }

    /// <summary>Watches <paramref name="replica"/> until cancelled; <paramref name="confirmed"/> sees each confirmed ticket id.</summary>
    public async Task WatchAsync(NodeReplica replica, Action<string>? confirmed, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in replica.WatchAsync(cancellationToken))
            {
                if (notification is not EntityChanged { Entity: { IsPending: false } entity } || entity.Type != TicketEntityTypes.Ticket)
                    continue;
                lock (_gate)
                    _confirmed.Add(entity.Id);
                confirmed?.Invoke(entity.Id);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // End of the run.
        }
    }
}
