using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>The live list of calls and the hall display's view of them.</summary>
public static class CallProjection
{
    /// <summary>The latest <paramref name="count"/> calls (the call that stands for each ticket), newest first.</summary>
    public static IReadOnlyList<CallView> Recent(IEnumerable<TicketEntity> tickets, int count)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return All(tickets).Take(Math.Max(0, count)).ToList();
    }

    /// <summary>The hall display: latest call, latest call per counter, waiting per prefix.</summary>
    public static HallSnapshot Hall(IEnumerable<TicketEntity> tickets, long version)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var list = tickets.ToList();
        var calls = All(list).ToList();
        var perCounter = calls.GroupBy(c => c.Counter).Select(g => g.First()).OrderBy(c => c.Counter).ToList();
        var waiting = list.GroupBy(t => t.Prefix, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HallQueueView(g.Key, g.Count(t => t.Status == TicketStatus.Waiting)))
            .ToList();
        return new HallSnapshot(version, calls.FirstOrDefault(), perCounter, waiting);
    }

    private static IEnumerable<CallView> All(IEnumerable<TicketEntity> tickets) =>
        tickets.Where(t => t.Call is not null)
            .OrderByDescending(t => t.Call!.Hlc)
            .ThenBy(t => t.Call!.NodeId, StringComparer.Ordinal)
            .Select(t => new CallView(TicketLabels.Of(t), t.Call!.Counter, TicketLabels.TimeOf(t.Call.Hlc)));
}
