using CounterNode.Hub.Data;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Hub.Board;

/// <summary>Builds the whole board from its inputs (pure: same inputs, same board).</summary>
public static class BoardProjector
{
    /// <summary>Composes the board's projections.</summary>
    public static BoardSnapshot Build(
        BoardOptions options,
        string centerName,
        DateOnly day,
        long version,
        IReadOnlyCollection<TicketEntity> tickets,
        IReadOnlyCollection<NodeActivity> nodes,
        IReadOnlyCollection<ConflictRecord> conflicts,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), options.UtcOffset);
        return new BoardSnapshot(
            version,
            now,
            day,
            centerName,
            CounterProjection.Project(tickets, nodes, now, options.CallingPhase),
            QueueProjection.Project(tickets, now, options.EstimateSample),
            CallProjection.Recent(tickets, options.RecentCalls),
            NodeProjection.Project(nodes, now, options.OnlineWindow, version),
            ConflictProjection.Project(conflicts),
            WaitChartProjection.Project(tickets, dayStart, now, options.ChartSlot),
            DevicesSynced: false);
    }

    /// <summary>The center-local day at <paramref name="now"/>.</summary>
    public static DateOnly DayAt(DateTimeOffset now, TimeSpan utcOffset) => DateOnly.FromDateTime(now.ToOffset(utcOffset).DateTime);
}
