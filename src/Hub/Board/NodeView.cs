namespace CounterNode.Hub.Board;

/// <summary>One node's link to the Hub.</summary>
/// <param name="NodeId">Node id.</param>
/// <param name="Online">True when it pushed or pulled within <see cref="BoardOptions.OnlineWindow"/>.</param>
/// <param name="LastPushAt">When the Hub last applied one of its mutations.</param>
/// <param name="LastApplied">Highest mutation id the Hub applied.</param>
/// <param name="SyncLag">Changes the node had not pulled yet: change-log head minus its latest pull cursor; null before its first pull.</param>
public sealed record NodeView(string NodeId, bool Online, DateTimeOffset? LastPushAt, long LastApplied, long? SyncLag)
{
    /// <summary>When the node last pulled (a hall node only pulls, so this also tells it is alive).</summary>
    public DateTimeOffset? LastPullAt { get; init; }
}
