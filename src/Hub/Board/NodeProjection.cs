namespace CounterNode.Hub.Board;

/// <summary>Online/offline of nodes from their last push or pull, and how far behind the change log they are.</summary>
public static class NodeProjection
{
    /// <summary>
    /// Nodes sorted by id; online when they pushed or pulled within <paramref name="onlineWindow"/>;
    /// sync lag = <paramref name="headVersion"/> minus the node's last pull cursor (unknown without the head or before a first pull).
    /// </summary>
    public static IReadOnlyList<NodeView> Project(IEnumerable<NodeActivity> nodes, DateTimeOffset now, TimeSpan onlineWindow, long? headVersion = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return nodes
            .OrderBy(n => n.NodeId, StringComparer.Ordinal)
            .Select(n =>
            {
                DateTimeOffset? last = n.LastPushAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
                DateTimeOffset? pulled = n.LastPulledAtMs is { } pms ? DateTimeOffset.FromUnixTimeMilliseconds(pms) : null;
                var online = (last is { } at && now - at <= onlineWindow) || (pulled is { } p && now - p <= onlineWindow);
                long? lag = headVersion is { } head && pulled is not null ? Math.Max(0, head - n.LastPulledVersion) : null;
                return new NodeView(n.NodeId, online, last, n.LastApplied, lag) { LastPullAt = pulled };
            })
            .ToList();
    }
}
