using System.Buffers.Binary;
using CounterNode.Shared.Identifiers;
using CsCheck;

namespace CounterNode.Shared.Tests.Time;

public class Uuid7Tests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    private static byte[] Bytes(Guid id)
    {
        var bytes = new byte[16];
        Assert.True(id.TryWriteBytes(bytes, bigEndian: true, out _));
        return bytes;
    }

    // RFC 9562 orders UUIDs by their big-endian bytes; the canonical text has the same order.
    private static int Compare(Guid a, Guid b) => string.CompareOrdinal(a.ToString("N"), b.ToString("N"));

    [Fact]
    public void Version_and_variant_bits_are_set()
    {
        var generator = new Uuid7(new ManualClock(Start));
        for (var i = 0; i < 1_000; i++)
        {
            var id = generator.NewId();
            var bytes = Bytes(id);
            Assert.Equal(7, bytes[6] >> 4);
            Assert.Equal(0b10, bytes[8] >> 6);
            Assert.Equal(7, id.Version);
        }
    }

    [Fact]
    public void The_timestamp_is_the_clock_in_unix_milliseconds()
    {
        var clock = new ManualClock(Start.AddMilliseconds(123));
        var id = new Uuid7(clock).NewId();
        Assert.Equal(clock.Now, Uuid7.GetTimestamp(id));
        Assert.Equal(clock.Milliseconds, BinaryPrimitives.ReadInt64BigEndian(Bytes(id)) >>> 16);
    }

    [Fact]
    public void Ids_are_time_ordered_across_milliseconds() =>
        Gen.Long[1, 10_000].Array[1, 50].Sample(steps =>
        {
            var clock = new ManualClock(Start);
            var generator = new Uuid7(clock);
            var previous = generator.NewId();
            foreach (var step in steps)
            {
                clock.Now = clock.Now.AddMilliseconds(step);
                var id = generator.NewId();
                Assert.True(Compare(previous, id) < 0);
                Assert.Equal(clock.Now, Uuid7.GetTimestamp(id));
                previous = id;
            }
        });

    [Fact]
    public void Ids_are_strictly_increasing_within_one_millisecond_even_past_the_counter()
    {
        // 10,000 ids in one millisecond: more than the 12-bit counter holds, so the generator
        // must borrow following milliseconds and still increase.
        var clock = new ManualClock(Start);
        var generator = new Uuid7(clock);
        var ids = Enumerable.Range(0, 10_000).Select(_ => generator.NewId()).ToList();
        for (var i = 1; i < ids.Count; i++)
            Assert.True(Compare(ids[i - 1], ids[i]) < 0, $"id {i} not after id {i - 1}");
        Assert.Equal(clock.Now, Uuid7.GetTimestamp(ids[0]));
        Assert.True(Uuid7.GetTimestamp(ids[^1]) > clock.Now);
    }

    [Fact]
    public void A_clock_going_backwards_does_not_break_the_order()
    {
        var clock = new ManualClock(Start);
        var generator = new Uuid7(clock);
        var before = generator.NewId();
        clock.Now = Start.AddSeconds(-30);
        var after = generator.NewId();
        Assert.True(Compare(before, after) < 0);
        Assert.Equal(Start, Uuid7.GetTimestamp(after));
    }

    [Fact]
    public void One_hundred_thousand_ids_are_unique()
    {
        var generator = Uuid7.System;
        var ids = new HashSet<Guid>();
        for (var i = 0; i < 100_000; i++)
            Assert.True(ids.Add(generator.NewId()));
    }

    [Fact]
    public void Ids_from_concurrent_callers_and_separate_generators_are_unique()
    {
        var clock = new ManualClock(Start);
        var shared = new Uuid7(clock);
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var own = new Uuid7(clock);
            for (var i = 0; i < 10_000; i++)
            {
                ids.Add(shared.NewId());
                ids.Add(own.NewId());
            }
        });
        Assert.Equal(80_000, ids.Distinct().Count());
    }

    [Fact]
    public void A_seeded_random_source_makes_ids_reproducible()
    {
        static Guid[] Run()
        {
            var random = new Random(42);
            var generator = new Uuid7(new ManualClock(Start), n =>
            {
                var bytes = new byte[n];
                random.NextBytes(bytes);
                return bytes;
            });
            return [.. Enumerable.Range(0, 100).Select(_ => generator.NewId())];
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void GetTimestamp_refuses_other_versions()
    {
        Assert.Throws<ArgumentException>(() => Uuid7.GetTimestamp(Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => Uuid7.GetTimestamp(Guid.Empty));
        Assert.Equal(Start, Uuid7.GetTimestamp(Guid.CreateVersion7(Start)));
    }
}
