namespace CounterNode.Hub.Board;

/// <summary>One node's link to the Hub.</summary>
/// <param name="NodeId">Node id.</param>
/// <param name="Online">True when it pushed within <see cref="BoardOptions.OnlineWindow"/>.</param>
/// <param name="LastPushAt">When the Hub last applied one of its mutations.</param>
/// <param name="LastApplied">Highest mutation id the Hub applied.</param>
/// <param name="SyncLag">Hub version minus the node's pull cursor; null because the Hub does not record cursors yet.</param>
public sealed record NodeView(string NodeId, bool Online, DateTimeOffset? LastPushAt, long LastApplied, long? SyncLag);
