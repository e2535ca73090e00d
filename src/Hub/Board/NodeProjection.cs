namespace CounterNode.Hub.Board;

/// <summary>Online/offline of nodes from their last push.</summary>
public static class NodeProjection
{
    /// <summary>Nodes sorted by id; online when they pushed within <paramref name="onlineWindow"/>.</summary>
    public static IReadOnlyList<NodeView> Project(IEnumerable<NodeActivity> nodes, DateTimeOffset now, TimeSpan onlineWindow)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return nodes
            .OrderBy(n => n.NodeId, StringComparer.Ordinal)
            .Select(n =>
            {
                DateTimeOffset? last = n.LastPushAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
                var online = last is { } at && now - at <= onlineWindow;
                // The Hub keeps no per-node pull cursor (sync_state holds only the head), so the lag is unknown.
                return new NodeView(n.NodeId, online, last, n.LastApplied, SyncLag: null);
            })
            .ToList();
    }
}
