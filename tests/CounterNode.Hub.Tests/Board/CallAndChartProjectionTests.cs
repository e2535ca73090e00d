using CounterNode.Hub.Board;
using static CounterNode.Hub.Tests.Board.BoardTickets;

namespace CounterNode.Hub.Tests.Board;

public sealed class CallAndChartProjectionTests
{
    [Fact]
    public void Recent_calls_are_newest_first_and_limited()
    {
        var tickets = new[]
        {
            Called("A", 1, Min(0), 1, Min(5)),
            Finished("B", 1, Min(0), 2, Min(7), Min(9)),
            Called("A", 2, Min(0), 2, Min(10)),
            Waiting("A", 3, Min(1)),
        };

        var calls = CallProjection.Recent(tickets, 2);

        Assert.Equal(["A002", "B001"], calls.Select(c => c.Ticket));
        Assert.Equal(2, calls[0].Counter);
        Assert.Equal(Start + Min(10), calls[0].CalledAt);
    }

    [Fact]
    public void The_hall_shows_the_latest_call_the_last_call_of_each_counter_and_waiting_per_prefix()
    {
        var tickets = new[]
        {
            Called("A", 1, Min(0), 1, Min(5)),
            Called("A", 2, Min(0), 1, Min(8)),
            Called("B", 4, Min(0), 2, Min(6)),
            Waiting("A", 3, Min(1)),
            Waiting("B", 5, Min(1)),
            Waiting("B", 6, Min(2)),
        };

        var hall = CallProjection.Hall(tickets, version: 42);

        Assert.Equal(42, hall.Version);
        Assert.Equal("A002", hall.Current?.Ticket);
        Assert.Equal([(1, "A002"), (2, "B004")], hall.LastCallPerCounter.Select(c => (c.Counter, c.Ticket)));
        Assert.Equal([new HallQueueView("A", 1), new HallQueueView("B", 2)], hall.Waiting);
    }

    [Fact]
    public void The_chart_averages_print_to_call_waits_per_slot_and_fills_empty_slots_up_to_now()
    {
        var dayStart = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(7));
        var tickets = new[]
        {
            Called("A", 1, Min(0), 1, Min(10)),   // 08:10, waited 10 min
            Called("A", 2, Min(0), 1, Min(20)),   // 08:20, waited 20 min
            Called("A", 3, Min(50), 1, Min(65)),  // 09:05, waited 15 min
            Waiting("A", 4, Min(70)),
        };

        var points = WaitChartProjection.Project(tickets, dayStart, Start + Min(100), TimeSpan.FromMinutes(30));

        // Slots 08:00, 08:30 (empty), 09:00, 09:30 (now 09:40)
        Assert.Equal([Start, Start + Min(30), Start + Min(60), Start + Min(90)], points.Select(p => p.Start));
        Assert.Equal([900L, 0, 900, 0], points.Select(p => p.AverageWaitSeconds));
        Assert.Equal([2, 0, 1, 0], points.Select(p => p.Calls));
    }

    [Fact]
    public void No_call_means_no_chart()
    {
        var dayStart = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(7));
        Assert.Empty(WaitChartProjection.Project([Waiting("A", 1, Min(0))], dayStart, Start + Min(5), TimeSpan.FromMinutes(30)));
    }
}
