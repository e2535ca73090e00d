namespace CounterNode.Shared.Time;

/// <summary>
/// A hybrid timestamp paired with the node that produced it. Two nodes can produce the same
/// <see cref="HybridTimestamp"/>; breaking ties by node id (ordinal) makes the order total,
/// which is what deterministic conflict resolution between offline decisions needs.
/// </summary>
public readonly record struct NodeTimestamp(HybridTimestamp Time, string NodeId) : IComparable<NodeTimestamp>
{
    /// <inheritdoc />
    public int CompareTo(NodeTimestamp other)
    {
        var byTime = Time.CompareTo(other.Time);
        return byTime != 0 ? byTime : string.CompareOrdinal(NodeId, other.NodeId);
    }

    public static bool operator <(NodeTimestamp left, NodeTimestamp right) => left.CompareTo(right) < 0;

    public static bool operator >(NodeTimestamp left, NodeTimestamp right) => left.CompareTo(right) > 0;

    public static bool operator <=(NodeTimestamp left, NodeTimestamp right) => left.CompareTo(right) <= 0;

    public static bool operator >=(NodeTimestamp left, NodeTimestamp right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Time}@{NodeId}";
}
