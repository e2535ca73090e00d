using CounterNode.Hub.Board;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CsCheck;
using static CounterNode.Hub.Tests.Board.BoardTickets;

namespace CounterNode.Hub.Tests.Board;

public sealed class QueueProjectionTests
{
    [Fact]
    public void Waiting_count_and_longest_wait_come_from_the_uncalled_tickets_of_each_prefix()
    {
        var tickets = new[]
        {
            Waiting("A", 3, Min(10)),
            Waiting("A", 4, Min(25)),
            Called("A", 2, Min(5), 1, Min(20)),
            Waiting("B", 1, Min(28)),
        };

        var queues = QueueProjection.Project(tickets, Start + Min(30), sample: 10);

        Assert.Equal(["A", "B"], queues.Select(q => q.Prefix));
        Assert.Equal(2, queues[0].Waiting);
        Assert.Equal(20 * 60, queues[0].LongestWaitSeconds); // A3 printed at +10 min, now +30 min
        Assert.Equal(1, queues[1].Waiting);
        Assert.Equal(2 * 60, queues[1].LongestWaitSeconds);
    }

    [Fact]
    public void Estimated_wait_is_waiting_times_mean_recent_service_time_over_the_counters_serving_the_prefix()
    {
        var tickets = new[]
        {
            Finished("A", 1, Min(0), 1, Min(1), Min(3)),   // 2 min service at counter 1
            Finished("A", 2, Min(0), 2, Min(2), Min(6)),   // 4 min service at counter 2
            Waiting("A", 3, Min(5)),
            Waiting("A", 4, Min(6)),
            Waiting("A", 5, Min(7)),
        };

        var queue = Assert.Single(QueueProjection.Project(tickets, Start + Min(10), sample: 10));

        // 3 waiting × 3 min mean ÷ 2 counters = 4.5 min
        Assert.Equal(270, queue.EstimatedWaitSeconds);
        Assert.Equal(2, queue.Served);
    }

    [Fact]
    public void The_estimate_uses_only_the_latest_finished_tickets_and_is_unknown_before_any()
    {
        var old = Finished("A", 1, Min(0), 1, Min(0), Min(30));   // 30 min, finished first
        var recent = Finished("A", 2, Min(0), 1, Min(31), Min(32)); // 1 min, finished last
        var waiting = Waiting("A", 3, Min(31));

        var sampled = Assert.Single(QueueProjection.Project([old, recent, waiting], Start + Min(40), sample: 1));
        var unknown = Assert.Single(QueueProjection.Project([waiting], Start + Min(40), sample: 1));

        Assert.Equal(60, sampled.EstimatedWaitSeconds);
        Assert.Null(unknown.EstimatedWaitSeconds);
    }

    [Fact]
    public void A_node_clock_ahead_of_the_hub_never_gives_a_negative_wait()
    {
        var queue = Assert.Single(QueueProjection.Project([Waiting("A", 1, Min(5))], Start, sample: 10));
        Assert.Equal(0, queue.LongestWaitSeconds);
    }

    [Fact]
    public void Waiting_counts_always_add_up_to_the_waiting_tickets()
    {
        var gen = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 120])
            .Select((p, s, m) => s switch
            {
                0 => Waiting(((char)('A' + p)).ToString(), m + 1, Min(m)),
                1 => Called(((char)('A' + p)).ToString(), m + 1, Min(m), 1 + p, Min(m + 1)),
                _ => Finished(((char)('A' + p)).ToString(), m + 1, Min(m), 1 + p, Min(m + 1), Min(m + 2)),
            })
            .Array[0, 40];

        gen.Sample(tickets =>
        {
            var queues = QueueProjection.Project(tickets, Start + Min(200), sample: 5);
            Assert.Equal(tickets.Count(t => t.Status == TicketStatus.Waiting), queues.Sum(q => q.Waiting));
            Assert.Equal(tickets.Select(t => t.Prefix).Distinct().Count(), queues.Count);
            Assert.All(queues, q => Assert.True(q.LongestWaitSeconds >= 0 && (q.EstimatedWaitSeconds ?? 0) >= 0));
        });
    }
}
