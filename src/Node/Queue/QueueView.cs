using CounterNode.Shared.Queue;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using CounterNode.Shared.Tickets;

namespace CounterNode.Node.Queue;

/// <summary>The tickets of one day as this node sees them (its optimistic replica view).</summary>
public sealed class QueueView
{
    private readonly IReadOnlyDictionary<Guid, PriorityCategory> _priorities;
    private readonly IReadOnlyDictionary<Guid, TicketServingEntity> _starts;

    public QueueView(
        DateOnly day,
        IReadOnlyList<TicketEntity> tickets,
        IReadOnlyDictionary<Guid, PriorityCategory> priorities,
        IReadOnlyDictionary<Guid, TicketServingEntity> starts)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(starts);
        Day = day;
        Tickets = tickets;
        _priorities = priorities;
        _starts = starts;
    }

    /// <summary>True once the counter holding the ticket started serving it.</summary>
    public bool IsServing(TicketEntity ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Call is { } call && _starts.TryGetValue(ticket.Id, out var start) && start.Counter == call.Counter;
    }

    /// <summary>The day.</summary>
    public DateOnly Day { get; }

    /// <summary>Every ticket of the day.</summary>
    public IReadOnlyList<TicketEntity> Tickets { get; }

    /// <summary>The priority category of a ticket, if it has one.</summary>
    public PriorityCategory? PriorityOf(Guid ticketId) => _priorities.TryGetValue(ticketId, out var c) ? c : null;

    /// <summary>
    /// The service queue a ticket is in: the service it was transferred to, else the one it was
    /// issued for (its printed prefix).
    /// </summary>
    public static string QueueOf(TicketEntity ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Service ?? ticket.Prefix;
    }

    /// <summary>Waiting tickets as the queue logic takes them (their prefix is the queue they wait in).</summary>
    public IReadOnlyList<WaitingTicket> Waiting() =>
        [.. Tickets.Where(t => t.Status == TicketStatus.Waiting)
            .Select(t => new WaitingTicket(t.Id, QueueOf(t), t.Number, t.IssuedAt, _priorities.ContainsKey(t.Id)))
            .Order(WaitingTicket.Fifo)];

    /// <summary>Tickets already called today (for the interleaving count).</summary>
    public IReadOnlyList<CalledTicket> Called() =>
        [.. Tickets.Where(t => t.Call is not null)
            .Select(t => new CalledTicket(QueueOf(t), _priorities.ContainsKey(t.Id), t.Call!.Hlc))];

    /// <summary>
    /// Service times of finished tickets of a service, oldest first: start → finish when the start
    /// was recorded, else call → finish (which also counts the citizen's walk to the counter).
    /// </summary>
    public IReadOnlyList<TimeSpan> ServiceTimes(string prefix) =>
        [.. Tickets.Where(t => QueueOf(t) == prefix && t.Status == TicketStatus.Finished && t.Call is not null && t.ClosedAt is not null)
            .OrderBy(t => t.ClosedAt)
            .Select(t => TimeSpan.FromMilliseconds(
                new HybridTimestamp(t.ClosedAt!.Value).PhysicalMilliseconds
                - new HybridTimestamp(_starts.TryGetValue(t.Id, out var s) ? s.StartedAt : t.Call!.Hlc).PhysicalMilliseconds))];

    /// <summary>The ticket a counter of this node holds and has not closed, if any.</summary>
    public TicketEntity? OpenAt(int counter, string nodeId) =>
        Tickets.Where(t => t.Status == TicketStatus.Called && t.Call is { } c && c.Counter == counter && c.NodeId == nodeId)
            .OrderByDescending(t => t.Call!.Hlc)
            .FirstOrDefault();

    /// <summary>The ticket printed as <paramref name="prefix"/><paramref name="number"/> today, if any.</summary>
    public TicketEntity? Find(string prefix, int number) =>
        Tickets.Where(t => t.Prefix == prefix && t.Number == number).OrderBy(t => t.IssuedAt).FirstOrDefault();
}
