using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>Average waiting time (print to call) per time slot of the day, for the board's chart.</summary>
public static class WaitChartProjection
{
    /// <summary>One point per slot from the first call's slot to the current one; empty slots carry 0 calls.</summary>
    /// <param name="tickets">The day's tickets.</param>
    /// <param name="dayStart">Local midnight of the day (with the center's offset).</param>
    /// <param name="now">Current time.</param>
    /// <param name="slot">Slot width (positive).</param>
    public static IReadOnlyList<WaitPoint> Project(IEnumerable<TicketEntity> tickets, DateTimeOffset dayStart, DateTimeOffset now, TimeSpan slot)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slot, TimeSpan.Zero);
        var waits = tickets.Where(t => t.Call is not null)
            .Select(t => (Called: TicketLabels.TimeOf(t.Call!.Hlc), Wait: TicketLabels.Seconds(TicketLabels.TimeOf(t.IssuedAt), TicketLabels.TimeOf(t.Call.Hlc))))
            .Where(w => w.Called >= dayStart)
            .ToList();
        if (waits.Count == 0)
            return [];

        long SlotOf(DateTimeOffset t) => (t - dayStart).Ticks / slot.Ticks;
        var bySlot = waits.GroupBy(w => SlotOf(w.Called)).ToDictionary(g => g.Key, g => g.ToList());
        var first = bySlot.Keys.Min();
        var last = Math.Max(bySlot.Keys.Max(), now >= dayStart ? SlotOf(now) : first);
        var points = new List<WaitPoint>();
        for (var s = first; s <= last; s++)
        {
            var start = dayStart + TimeSpan.FromTicks(s * slot.Ticks);
            points.Add(bySlot.TryGetValue(s, out var inSlot)
                ? new WaitPoint(start, (long)Math.Round(inSlot.Average(w => w.Wait)), inSlot.Count)
                : new WaitPoint(start, 0, 0));
        }

        return points;
    }
}
