namespace CounterNode.Shared.Sync;

/// <summary>
/// Contentless notice that the change log moved to <paramref name="Version"/> in a scope the
/// node sees. It carries no data (SignalR does not guarantee delivery): the node pulls.
/// </summary>
public sealed record SyncPoke(long Version);
