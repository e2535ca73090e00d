using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Shared.Tests.Time;

public class NodeTimestampTests
{
    private static readonly Gen<NodeTimestamp> Stamp =
        Gen.Select(Gen.Long[0, 3], Gen.Int[0, 2], Gen.OneOf("node-a", "node-b", "Node-a", "hub"),
            (p, l, node) => new NodeTimestamp(HybridTimestamp.Create(p, l), node));

    [Fact]
    public void Equal_times_are_ordered_by_node_id_ordinally()
    {
        var t = HybridTimestamp.Create(1_000, 3);
        var a = new NodeTimestamp(t, "node-a");
        var b = new NodeTimestamp(t, "node-b");
        var upper = new NodeTimestamp(t, "Node-z");
        Assert.True(a < b);
        Assert.True(upper < a); // ordinal: 'N' < 'n', culture would say otherwise
        Assert.True(new NodeTimestamp(HybridTimestamp.Create(1_000, 2), "zzz") < a);
        Assert.Equal(0, a.CompareTo(new NodeTimestamp(t, "node-a")));
    }

    [Fact]
    public void The_order_is_total_antisymmetric_and_transitive_and_agrees_with_equality() =>
        Gen.Select(Stamp, Stamp, Stamp).Sample((a, b, c) =>
        {
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            Assert.Equal(a == b, a.CompareTo(b) == 0);
            if (a <= b && b <= c)
                Assert.True(a <= c);
            Assert.Equal(a < b, !(a >= b));
            Assert.Equal(a > b, !(a <= b));
        });

    [Fact]
    public void Sorting_is_deterministic_whatever_the_input_order() =>
        Stamp.Array[2, 30].Sample(stamps =>
        {
            var sorted = stamps.Order().ToArray();
            var reversedThenSorted = stamps.Reverse().Order().ToArray();
            Assert.Equal(sorted, reversedThenSorted);
            for (var i = 1; i < sorted.Length; i++)
                Assert.True(sorted[i - 1] <= sorted[i]);
        });

    [Fact]
    public void ToString_names_time_and_node() =>
        Assert.Equal("1970-01-01T00:00:01.000Z#2@node-a", new NodeTimestamp(HybridTimestamp.Create(1_000, 2), "node-a").ToString());
}
