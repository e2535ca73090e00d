using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>Queues per service prefix: waiting count, longest wait and an estimate from recent service times.</summary>
public static class QueueProjection
{
    /// <summary>Projects the day's tickets; prefixes sorted.</summary>
    /// <param name="tickets">The day's tickets.</param>
    /// <param name="now">Current time.</param>
    /// <param name="sample">How many of the latest finished tickets per prefix time the estimate.</param>
    public static IReadOnlyList<QueueView> Project(IEnumerable<TicketEntity> tickets, DateTimeOffset now, int sample)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return tickets
            .GroupBy(t => t.Prefix, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ProjectPrefix(g.Key, [.. g], now, sample))
            .ToList();
    }

    private static QueueView ProjectPrefix(string prefix, List<TicketEntity> tickets, DateTimeOffset now, int sample)
    {
        var waiting = tickets.Where(t => t.Status == TicketStatus.Waiting).ToList();
        var longest = waiting.Count == 0 ? 0 : TicketLabels.Seconds(TicketLabels.TimeOf(waiting.Min(t => t.IssuedAt)), now);
        var served = tickets.Count(t => t.Status is TicketStatus.Finished or TicketStatus.NoShow);

        // Service time = call to finish; no-shows are left out: their "service" is only the wait for someone who never came.
        var timed = tickets
            .Where(t => t is { Status: TicketStatus.Finished, Call: not null, ClosedAt: not null })
            .OrderByDescending(t => t.ClosedAt)
            .Take(Math.Max(1, sample))
            .ToList();
        long? estimate = null;
        if (timed.Count > 0)
        {
            var average = timed.Average(t => (double)TicketLabels.Seconds(TicketLabels.TimeOf(t.Call!.Hlc), TicketLabels.TimeOf(t.ClosedAt!.Value)));
            // Counters that recently served this prefix share its queue.
            var counters = timed.Select(t => t.Call!.Counter)
                .Concat(tickets.Where(t => t.Status == TicketStatus.Called).Select(t => t.Call!.Counter))
                .Distinct()
                .Count();
            estimate = (long)Math.Ceiling(waiting.Count * average / Math.Max(1, counters));
        }

        return new QueueView(prefix, waiting.Count, longest, estimate, served);
    }
}
