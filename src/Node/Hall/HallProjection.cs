using CounterNode.Node.Queue;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Hall;

/// <summary>Builds the hall display from one day's tickets (pure: same tickets, same view).</summary>
public static class HallProjection
{
    /// <summary>The view of <paramref name="queue"/>.</summary>
    public static HallView Project(QueueView queue, long version)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var calls = Calls(queue.Tickets).ToList();
        var perCounter = calls.GroupBy(c => c.Counter).Select(g => g.First()).OrderBy(c => c.Counter).ToList();
        var waiting = queue.Tickets
            .GroupBy(QueueView.QueueOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HallWaiting(g.Key, g.Count(t => t.Status == TicketStatus.Waiting)))
            .ToList();
        return new HallView(version, calls.FirstOrDefault(), perCounter, waiting);
    }

    /// <summary>Every standing call, newest first (ties broken by node id, as on the Hub's board).</summary>
    public static IEnumerable<HallCall> Calls(IEnumerable<TicketEntity> tickets) =>
        tickets.Where(t => t.Call is not null)
            .OrderByDescending(t => t.Call!.Hlc)
            .ThenBy(t => t.Call!.NodeId, StringComparer.Ordinal)
            .Select(t => new HallCall(Label(t), t.Call!.Counter, new HybridTimestamp(t.Call.Hlc).PhysicalTime));

    /// <summary>The number as printed, e.g. <c>A012</c>.</summary>
    public static string Label(TicketEntity ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new TicketNumber(ticket.Prefix, ticket.Number).Format();
    }
}
