using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CsCheck;

namespace CounterNode.Shared.Tests.Codes;

public class ReserveBlockTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private static readonly NumberSeries TicketsA = new(NumberSeriesKind.Ticket, "A", Day);
    private static readonly NumberSeries DossiersH34 = new(NumberSeriesKind.Dossier, "000.00.00.H34", Day);

    [Fact]
    public void A_block_describes_its_range()
    {
        var block = new ReserveBlock(DossiersH34, "node-1", 101, 150);
        Assert.Equal(50, block.Count);
        Assert.Equal(Day, block.Day);
        Assert.True(block.Contains(101));
        Assert.True(block.Contains(150));
        Assert.False(block.Contains(100));
        Assert.False(block.Contains(151));
        Assert.Contains("node-1", block.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 4, "reserve-block.reversed-range")]
    [InlineData(0, 10, "reserve-block.out-of-range")]
    [InlineData(-3, 10, "reserve-block.out-of-range")]
    [InlineData(9990, 10000, "reserve-block.out-of-range")]
    public void Invalid_ranges_are_refused(int first, int last, string code)
    {
        var ex = Assert.Throws<InvalidReserveBlockException>(() => new ReserveBlock(DossiersH34, "node-1", first, last));
        Assert.Equal(code, ex.Code);
        Assert.False(string.IsNullOrWhiteSpace(ex.DisplayMessage));
    }

    [Fact]
    public void A_tighter_series_limit_is_honoured()
    {
        var ex = Assert.Throws<InvalidReserveBlockException>(() => new ReserveBlock(TicketsA, "node-1", 990, 1000, maxNumber: 999));
        Assert.Equal("reserve-block.out-of-range", ex.Code);
        Assert.Equal(10, new ReserveBlock(TicketsA, "node-1", 990, 999, maxNumber: 999).Count);
    }

    [Theory]
    [InlineData(NumberSeriesKind.Ticket, "a")]
    [InlineData(NumberSeriesKind.Ticket, "ABC")]
    [InlineData(NumberSeriesKind.Ticket, "000.00.00.H34")]
    [InlineData(NumberSeriesKind.Dossier, "h34")]
    [InlineData(NumberSeriesKind.Dossier, "")]
    public void Series_keys_must_fit_their_kind(NumberSeriesKind kind, string key)
    {
        var ex = Assert.Throws<InvalidReserveBlockException>(() => new ReserveBlock(new NumberSeries(kind, key, Day), "node-1", 1, 10));
        Assert.Equal("reserve-block.invalid-series-key", ex.Code);
    }

    [Fact]
    public void A_block_must_name_its_node() =>
        Assert.Equal("reserve-block.missing-node", Assert.Throws<InvalidReserveBlockException>(() => new ReserveBlock(TicketsA, " ", 1, 10)).Code);

    [Fact]
    public void A_lease_answer_becomes_a_checked_block()
    {
        var block = ReserveBlock.FromLease(new ReserveLeaseResponse(TicketsA, "kiosk-1", 200, 249));
        Assert.Equal(new ReserveBlock(TicketsA, "kiosk-1", 200, 249), block);
        Assert.Throws<InvalidReserveBlockException>(() => ReserveBlock.FromLease(new ReserveLeaseResponse(TicketsA, "kiosk-1", 249, 200)));
    }

    [Fact]
    public void A_cursor_draws_every_number_once_then_reports_exhaustion()
    {
        var cursor = new ReserveBlockCursor(new ReserveBlock(TicketsA, "node-1", 7, 9));
        Assert.Equal(3, cursor.Remaining);
        Assert.Null(cursor.LastTaken);
        Assert.Equal(7, cursor.Take());
        Assert.Equal(8, cursor.Take());
        Assert.Equal(8, cursor.LastTaken);
        Assert.True(cursor.TryTake(out var last));
        Assert.Equal(9, last);
        Assert.True(cursor.IsExhausted);
        Assert.Equal(0, cursor.Remaining);
        Assert.False(cursor.TryTake(out _));
        var ex = Assert.Throws<ReserveBlockExhaustedException>(() => cursor.Take());
        Assert.Equal(TicketsA, ex.Series);
        Assert.Equal("reserve-block.exhausted", ex.Code);
        Assert.Contains("Đã hết số dự phòng", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(9, cursor.LastTaken);
    }

    [Fact]
    public void A_cursor_resumes_after_the_last_number_taken()
    {
        var block = new ReserveBlock(TicketsA, "node-1", 10, 20);
        var cursor = new ReserveBlockCursor(block, lastTaken: 14);
        Assert.Equal(6, cursor.Remaining);
        Assert.Equal(15, cursor.Take());
        Assert.True(new ReserveBlockCursor(block, lastTaken: 20).IsExhausted);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReserveBlockCursor(block, lastTaken: 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReserveBlockCursor(block, lastTaken: 21));
    }

    [Theory]
    [InlineData(1, 10, 10, 20)]
    [InlineData(1, 10, 5, 5)]
    [InlineData(5, 6, 1, 10)]
    [InlineData(1, 10, 1, 10)]
    public void Overlapping_blocks_of_one_series_are_refused_whatever_their_nodes(int a1, int a2, int b1, int b2)
    {
        var set = new ReserveBlockSet();
        var first = new ReserveBlock(TicketsA, "node-1", a1, a2);
        set.Add(first);
        var second = new ReserveBlock(TicketsA, "node-2", b1, b2);
        Assert.False(set.CanAdd(second));
        var ex = Assert.Throws<ReserveBlockOverlapException>(() => set.Add(second));
        Assert.Equal(first, ex.Existing);
        Assert.Equal(second, ex.Added);
        Assert.Equal([first], set.Blocks);
        Assert.Equal(first.Count, set.Remaining(TicketsA));
    }

    [Fact]
    public void Blocks_of_other_series_or_days_may_share_numbers()
    {
        var set = new ReserveBlockSet();
        set.Add(new ReserveBlock(TicketsA, "node-1", 1, 10));
        set.Add(new ReserveBlock(TicketsA with { Key = "B" }, "node-1", 1, 10));
        set.Add(new ReserveBlock(TicketsA with { Day = Day.AddDays(1) }, "node-1", 1, 10));
        set.Add(new ReserveBlock(new NumberSeries(NumberSeriesKind.Dossier, "A", Day), "node-1", 1, 10));
        Assert.Equal(4, set.Blocks.Count);
    }

    [Fact]
    public void A_set_draws_from_the_lowest_block_with_numbers_left_then_moves_on()
    {
        var set = new ReserveBlockSet();
        set.Add(new ReserveBlock(TicketsA, "node-1", 50, 51));
        set.Add(new ReserveBlock(TicketsA, "node-1", 10, 11), lastTaken: 10);
        Assert.Equal(3, set.Remaining(TicketsA));
        Assert.Equal([11, 50, 51], [set.Take(TicketsA), set.Take(TicketsA), set.Take(TicketsA)]);
        Assert.False(set.TryTake(TicketsA, out _));
        Assert.Throws<ReserveBlockExhaustedException>(() => set.Take(TicketsA));
        Assert.Throws<ReserveBlockExhaustedException>(() => set.Take(DossiersH34));
        Assert.Equal(0, set.Remaining(DossiersH34));
    }

    [Fact]
    public void Codes_and_ticket_numbers_come_straight_from_the_reserve()
    {
        var agency = AgencyCode.Parse("000.00.00.H34");
        var format = new TicketNumberFormat("A");
        var set = new ReserveBlockSet();
        set.Add(new ReserveBlock(ReserveSeries.Dossiers(agency, Day), "node-1", 975, 976));
        set.Add(new ReserveBlock(ReserveSeries.Tickets(format, Day), "node-1", 12, 12, format.MaxNumber));

        Assert.Equal("000.00.00.H34-261126-0975", set.TakeDossierCode(agency, Day).Format());
        Assert.Equal("000.00.00.H34-261126-0976", set.TakeDossierCode(agency, Day).Format());
        Assert.Throws<ReserveBlockExhaustedException>(() => set.TakeDossierCode(agency, Day));
        Assert.Equal("A012", set.TakeTicketNumber(format, Day).Format());
        Assert.Throws<ReserveBlockExhaustedException>(() => set.TakeTicketNumber(format, Day));
        Assert.Equal(DossiersH34, ReserveSeries.Dossiers(agency, Day));
        Assert.Throws<ArgumentException>(() => ReserveSeries.Dossiers(default, Day));
    }

    [Fact]
    public void Blocks_of_past_days_are_dropped()
    {
        var set = new ReserveBlockSet();
        set.Add(new ReserveBlock(TicketsA with { Day = Day.AddDays(-1) }, "node-1", 1, 10));
        set.Add(new ReserveBlock(TicketsA, "node-1", 1, 10));
        Assert.Equal(1, set.RemoveDaysBefore(Day));
        Assert.Equal(Day, Assert.Single(set.Blocks).Day);
    }

    [Fact]
    public void Numbers_drawn_from_disjoint_blocks_never_collide()
    {
        // Cut 1..9999 at random points into disjoint blocks, hand them to random nodes, let
        // every node draw a random amount: every number drawn anywhere is distinct and in its block.
        var gen =
            from cuts in Gen.Int[1, ReserveBlock.AbsoluteMaxNumber - 1].ArrayUnique[1, 40]
            from nodes in Gen.Int[1, 5].Array[cuts.Length + 1]
            from draws in Gen.Int[0, 400].Array[cuts.Length + 1]
            select (cuts, nodes, draws);

        gen.Sample((cuts, nodes, draws) =>
        {
            var bounds = cuts.Order().Prepend(0).Append(ReserveBlock.AbsoluteMaxNumber).ToArray();
            var sets = new Dictionary<int, ReserveBlockSet>();
            var hub = new ReserveBlockSet();
            for (var i = 0; i < bounds.Length - 1; i++)
            {
                var block = new ReserveBlock(DossiersH34, $"node-{nodes[i]}", bounds[i] + 1, bounds[i + 1]);
                hub.Add(block);
                if (!sets.TryGetValue(nodes[i], out var set))
                    sets[nodes[i]] = set = new ReserveBlockSet();
                set.Add(block);
            }

            var seen = new HashSet<int>();
            var n = 0;
            foreach (var (node, set) in sets)
            {
                var wanted = draws[n++];
                for (var k = 0; k < wanted && set.TryTake(DossiersH34, out var number); k++)
                {
                    Assert.True(seen.Add(number), $"number {number} drawn twice");
                    Assert.Contains(set.Blocks, b => b.Contains(number) && b.NodeId == $"node-{node}");
                }
            }

            Assert.Equal(ReserveBlock.AbsoluteMaxNumber, hub.Remaining(DossiersH34));
        }, iter: 200);
    }

    [Fact]
    public void Concurrent_draws_from_one_set_never_repeat_a_number()
    {
        var set = new ReserveBlockSet();
        set.Add(new ReserveBlock(TicketsA, "node-1", 1, 2000));
        set.Add(new ReserveBlock(TicketsA, "node-1", 3001, 5000));
        var drawn = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            while (set.TryTake(TicketsA, out var number))
                drawn.Add(number);
        });
        Assert.Equal(4000, drawn.Count);
        Assert.Equal(4000, drawn.Distinct().Count());
        Assert.Equal(0, set.Remaining(TicketsA));
    }
}
