using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Shared.Tests.Time;

public class HybridLogicalClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Drift = TimeSpan.FromMinutes(1);

    [Fact]
    public void Readings_follow_the_physical_clock_when_it_moves_forward()
    {
        var clock = new ManualClock(Start);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore());
        var first = hlc.Now();
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds, 0), first);
        clock.Now = clock.Now.AddMilliseconds(5);
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds, 0), hlc.Now());
    }

    [Fact]
    public void Within_one_millisecond_the_logical_counter_orders_readings()
    {
        var clock = new ManualClock(Start);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore());
        var readings = Enumerable.Range(0, 5).Select(_ => hlc.Now()).ToList();
        Assert.Equal(Enumerable.Range(0, 5), readings.Select(r => r.Logical));
        Assert.All(readings, r => Assert.Equal(clock.Milliseconds, r.PhysicalMilliseconds));
    }

    [Fact]
    public void A_physical_clock_jumping_backwards_does_not_take_readings_back()
    {
        var clock = new ManualClock(Start);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore());
        var before = hlc.Now();
        clock.Now = Start.AddHours(-2); // NTP correction, or an operator setting the clock

        var after = hlc.Now();
        Assert.True(after > before);
        Assert.Equal(before.PhysicalMilliseconds, after.PhysicalMilliseconds);
        Assert.Equal(before.Logical + 1, after.Logical);

        // Once the physical clock passes the old reading again, the logical counter resets.
        clock.Now = Start.AddMilliseconds(1);
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds, 0), hlc.Now());
    }

    [Fact]
    public void Logical_overflow_borrows_the_next_millisecond_and_stays_monotonic()
    {
        var clock = new ManualClock(Start);
        var full = HybridTimestamp.Create(clock.Milliseconds, HybridTimestamp.MaxLogical);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore(full));
        var next = hlc.Now();
        Assert.True(next > full);
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds + 1, 0), next);
    }

    [Fact]
    public void Receive_puts_the_receive_event_after_the_remote_reading()
    {
        var clock = new ManualClock(Start);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore(), Drift);
        hlc.Now();

        // Remote ahead (within tolerance): adopt its physical time, count past its logical.
        var remote = HybridTimestamp.Create(clock.Milliseconds + 30_000, 7);
        var received = hlc.Receive(remote);
        Assert.Equal(HybridTimestamp.Create(remote.PhysicalMilliseconds, 8), received);
        Assert.True(hlc.Now() > remote);

        // Remote behind: local reading wins and still increases.
        var last = hlc.Last;
        var old = hlc.Receive(HybridTimestamp.Create(clock.Milliseconds - 60_000, 500));
        Assert.True(old > last);
    }

    [Fact]
    public void Receive_with_equal_physical_parts_counts_past_the_larger_logical()
    {
        var clock = new ManualClock(Start);
        var store = new InMemoryHybridClockStateStore(HybridTimestamp.Create(clock.Milliseconds + 10, 3));
        var hlc = new HybridLogicalClock(clock, store, Drift);
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds + 10, 10), hlc.Receive(HybridTimestamp.Create(clock.Milliseconds + 10, 9)));
        Assert.Equal(HybridTimestamp.Create(clock.Milliseconds + 10, 11), hlc.Receive(HybridTimestamp.Create(clock.Milliseconds + 10, 2)));
    }

    [Fact]
    public void A_remote_reading_too_far_in_the_future_is_refused_and_changes_nothing()
    {
        var clock = new ManualClock(Start);
        var store = new InMemoryHybridClockStateStore();
        var hlc = new HybridLogicalClock(clock, store, Drift);
        var last = hlc.Now();

        var remote = HybridTimestamp.Create(clock.Milliseconds + (long)Drift.TotalMilliseconds + 1, 0);
        var ex = Assert.Throws<ClockDriftException>(() => hlc.Receive(remote));

        Assert.Equal(remote, ex.Remote);
        Assert.Equal(Drift, ex.MaxDrift);
        Assert.Equal(clock.Milliseconds, ex.LocalPhysical.ToUnixTimeMilliseconds());
        Assert.Equal("clock.drift", ex.Code);
        Assert.Contains("60 s", ex.Message, StringComparison.Ordinal);
        Assert.Equal(last, hlc.Last);
        Assert.Equal(last, store.Load());
        Assert.True(hlc.Now() < remote);

        // Exactly at the tolerance is accepted.
        var edge = HybridTimestamp.Create(clock.Milliseconds + (long)Drift.TotalMilliseconds, 0);
        Assert.True(hlc.Receive(edge) > edge);
    }

    [Fact]
    public void A_restarted_clock_resumes_above_its_saved_reading_even_if_the_wall_clock_went_back()
    {
        var clock = new ManualClock(Start);
        var store = new InMemoryHybridClockStateStore();
        var first = new HybridLogicalClock(clock, store);
        var lastBeforeRestart = Enumerable.Range(0, 3).Select(_ => first.Now()).Last();
        Assert.Equal(lastBeforeRestart, store.Load());

        clock.Now = Start.AddMinutes(-10);
        var restarted = new HybridLogicalClock(clock, store);
        Assert.Equal(lastBeforeRestart, restarted.Last);
        Assert.True(restarted.Now() > lastBeforeRestart);
    }

    [Fact]
    public void Negative_tolerance_and_missing_dependencies_are_refused()
    {
        var clock = new ManualClock(Start);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HybridLogicalClock(clock, new InMemoryHybridClockStateStore(), TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentNullException>(() => new HybridLogicalClock(null!, new InMemoryHybridClockStateStore()));
        Assert.Throws<ArgumentNullException>(() => new HybridLogicalClock(clock, null!));
        Assert.Equal(HybridLogicalClock.DefaultMaxDrift, new HybridLogicalClock(clock, new InMemoryHybridClockStateStore()).MaxDrift);
    }

    private enum Op
    {
        Tick,
        Now,
        Receive,
        Restart,
    }

    [Fact]
    public void Monotonic_close_to_physical_and_causal_under_arbitrary_skew_and_jumps()
    {
        // Random walk of the physical clock (forwards and backwards, up to 5 s per step),
        // interleaved with local readings, receives of remote readings within and beyond the
        // tolerance, and restarts. Invariants (Kulkarni et al. 2014):
        //  * every reading is above the previous one (also across restarts);
        //  * a receive is above the remote reading;
        //  * the physical part equals the largest physical time seen (never behind the local
        //    clock, never ahead of what was observed);
        //  * a refused remote reading changes nothing.
        var op = Gen.Frequency((3, Gen.Const(Op.Tick)), (4, Gen.Const(Op.Now)), (3, Gen.Const(Op.Receive)), (1, Gen.Const(Op.Restart)));
        var step = Gen.Select(op, Gen.Long[-5_000, 5_000], Gen.Long[-120_000, 70_000], Gen.Int[0, 1_000]);

        step.Array[1, 80].Sample(steps =>
        {
            var clock = new ManualClock(Start);
            var store = new InMemoryHybridClockStateStore();
            var hlc = new HybridLogicalClock(clock, store, Drift);
            var last = HybridTimestamp.Zero;
            var maxSeen = 0L;

            foreach (var (kind, tick, remoteOffset, remoteLogical) in steps)
            {
                switch (kind)
                {
                    case Op.Tick:
                        clock.Milliseconds += tick;
                        break;
                    case Op.Restart:
                        hlc = new HybridLogicalClock(clock, store, Drift);
                        Assert.Equal(last, hlc.Last);
                        break;
                    case Op.Now:
                    {
                        maxSeen = Math.Max(maxSeen, clock.Milliseconds);
                        var reading = hlc.Now();
                        Assert.True(reading > last, $"{reading} not after {last}");
                        Assert.Equal(maxSeen, reading.PhysicalMilliseconds);
                        last = reading;
                        break;
                    }

                    case Op.Receive:
                    {
                        var remote = HybridTimestamp.Create(clock.Milliseconds + remoteOffset, remoteLogical);
                        if (remoteOffset > (long)Drift.TotalMilliseconds)
                        {
                            Assert.Throws<ClockDriftException>(() => hlc.Receive(remote));
                            Assert.Equal(last, hlc.Last);
                            break;
                        }

                        maxSeen = Math.Max(maxSeen, Math.Max(clock.Milliseconds, remote.PhysicalMilliseconds));
                        var reading = hlc.Receive(remote);
                        Assert.True(reading > last);
                        Assert.True(reading > remote);
                        Assert.Equal(maxSeen, reading.PhysicalMilliseconds);
                        last = reading;
                        break;
                    }
                }

                Assert.Equal(last, store.Load());
            }
        });
    }

    [Fact]
    public void Messages_between_skewed_nodes_are_always_received_after_they_were_sent()
    {
        // Three nodes whose clocks are off by up to ±40 s and drift independently exchange
        // messages; happened-before must show in the readings: send < receive, and each node's
        // readings increase.
        var gen = Gen.Select(
            Gen.Long[-40_000, 40_000].Array[3],
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Long[-3_000, 3_000]).Array[1, 60]);

        gen.Sample((offsets, events) =>
        {
            var clocks = offsets.Select(o => new ManualClock(Start.AddMilliseconds(o))).ToArray();
            var nodes = clocks.Select(c => new HybridLogicalClock(c, new InMemoryHybridClockStateStore(), TimeSpan.FromMinutes(5))).ToArray();
            var lastOf = new HybridTimestamp[3];

            foreach (var (from, to, tick) in events)
            {
                clocks[from].Milliseconds += tick;
                var sent = nodes[from].Now();
                Assert.True(sent > lastOf[from]);
                lastOf[from] = sent;
                if (from == to)
                    continue;

                var received = nodes[to].Receive(sent);
                Assert.True(received > sent);
                Assert.True(received > lastOf[to]);
                lastOf[to] = received;
            }
        });
    }

    [Fact]
    public void Concurrent_readings_are_all_distinct()
    {
        var clock = new ManualClock(Start);
        var hlc = new HybridLogicalClock(clock, new InMemoryHybridClockStateStore());
        var readings = new System.Collections.Concurrent.ConcurrentBag<HybridTimestamp>();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (var i = 0; i < 5_000; i++)
                readings.Add(hlc.Now());
        });
        Assert.Equal(20_000, readings.Distinct().Count());
        Assert.Equal(readings.Max(), hlc.Last);
    }
}
