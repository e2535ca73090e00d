using CounterNode.Node.Storage;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Tickets;

namespace CounterNode.Node.Queue;

/// <summary>Reads the queue of a day from the replica's optimistic view.</summary>
public sealed class QueueReader(INodeReplica replica)
{
    private readonly INodeReplica _replica = replica ?? throw new ArgumentNullException(nameof(replica));

    /// <summary>The tickets of <paramref name="day"/> with their priority categories.</summary>
    public async Task<QueueView> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var tickets = (await _replica.QueryAsync(TicketEntityTypes.Ticket, null, cancellationToken).ConfigureAwait(false))
            .Select(e => MutatorJson.ReadState<TicketEntity>(new SessionEntity(e.Type, e.Id, e.Scope, e.Data)))
            .Where(t => t.Day == day)
            .ToList();
        var ids = tickets.Select(t => t.Id).ToHashSet();
        var priorities = new Dictionary<Guid, PriorityCategory>();
        foreach (var e in await _replica.QueryAsync(TicketPriorityEntity.EntityType, null, cancellationToken).ConfigureAwait(false))
        {
            var p = MutatorJson.ReadState<TicketPriorityEntity>(new SessionEntity(e.Type, e.Id, e.Scope, e.Data));
            if (ids.Contains(p.TicketId))
                priorities[p.TicketId] = p.Category;
        }

        var starts = new Dictionary<Guid, TicketServingEntity>();
        foreach (var e in await _replica.QueryAsync(TicketServingEntity.EntityType, null, cancellationToken).ConfigureAwait(false))
        {
            var s = MutatorJson.ReadState<TicketServingEntity>(new SessionEntity(e.Type, e.Id, e.Scope, e.Data));
            if (ids.Contains(s.TicketId))
                starts[s.TicketId] = s;
        }

        return new QueueView(day, tickets, priorities, starts);
    }
}
