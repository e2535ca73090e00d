using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Shared.Tests.Time;

public class HybridTimestampTests
{
    private static readonly Gen<long> Physical = Gen.Long[0, HybridTimestamp.MaxPhysicalMilliseconds];
    private static readonly Gen<int> Logical = Gen.Int[0, HybridTimestamp.MaxLogical];

    [Fact]
    public void Packing_and_unpacking_round_trip() =>
        Gen.Select(Physical, Logical).Sample((physical, logical) =>
        {
            var t = HybridTimestamp.Create(physical, logical);
            Assert.Equal(physical, t.PhysicalMilliseconds);
            Assert.Equal(logical, t.Logical);
            Assert.True(t.Value >= 0);
            Assert.Equal(t, new HybridTimestamp(t.Value));
        });

    [Fact]
    public void Packed_order_is_physical_then_logical() =>
        Gen.Select(Physical, Logical, Physical, Logical).Sample((p1, l1, p2, l2) =>
        {
            var a = HybridTimestamp.Create(p1, l1);
            var b = HybridTimestamp.Create(p2, l2);
            var expected = p1 != p2 ? p1.CompareTo(p2) : l1.CompareTo(l2);
            Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected < 0, a < b);
            Assert.Equal(expected > 0, a > b);
            Assert.Equal(expected <= 0, a <= b);
            Assert.Equal(expected >= 0, a >= b);
            Assert.Equal(expected == 0, a == b);
        });

    [Fact]
    public void Near_physical_times_order_correctly_across_the_logical_boundary()
    {
        var a = HybridTimestamp.Create(1_000, HybridTimestamp.MaxLogical);
        var b = HybridTimestamp.Create(1_001, 0);
        Assert.True(a < b);
        Assert.Equal(a.Value + 1, b.Value);
    }

    [Theory]
    [InlineData(-1L, 0)]
    [InlineData(0L, -1)]
    [InlineData(0L, HybridTimestamp.MaxLogical + 1)]
    [InlineData(HybridTimestamp.MaxPhysicalMilliseconds + 1, 0)]
    public void Components_that_do_not_fit_are_refused(long physical, int logical) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HybridTimestamp.Create(physical, logical));

    [Fact]
    public void Zero_is_below_every_real_reading()
    {
        Assert.Equal(0, HybridTimestamp.Zero.Value);
        Assert.Equal(default, HybridTimestamp.Zero);
        Assert.True(HybridTimestamp.Zero < HybridTimestamp.Create(0, 1));
    }

    [Fact]
    public void ToString_reads_as_utc_time_and_counter()
    {
        var t = HybridTimestamp.Create(new DateTimeOffset(2026, 11, 26, 10, 0, 0, 123, TimeSpan.Zero).ToUnixTimeMilliseconds(), 4);
        Assert.Equal("2026-11-26T10:00:00.123Z#4", t.ToString());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 0, 0, 123, TimeSpan.Zero), t.PhysicalTime);
    }

    [Fact]
    public void The_largest_reading_still_converts_to_a_time()
    {
        var max = HybridTimestamp.Create(HybridTimestamp.MaxPhysicalMilliseconds, HybridTimestamp.MaxLogical);
        Assert.Equal(long.MaxValue, max.Value);
        Assert.True(max.PhysicalTime.Year > 6000);
        Assert.EndsWith($"#{HybridTimestamp.MaxLogical}", max.ToString(), StringComparison.Ordinal);
    }
}
