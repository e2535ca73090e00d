using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>Limits of one <see cref="SyncEngine"/> (plain values, so a simulation needs no options plumbing).</summary>
/// <param name="PushBatchSize">Most entries per push.</param>
/// <param name="PushBatchBytes">About how many payload bytes per push (below <see cref="SyncProtocol.MaxPushBytes"/>).</param>
/// <param name="PullLimit">Changes asked per pull page.</param>
/// <param name="BootstrapPageSize">Entities asked per bootstrap page.</param>
public sealed record SyncEngineSettings(
    int PushBatchSize = 500,
    long PushBatchBytes = SyncProtocol.MaxPushBytes / 2,
    int PullLimit = 1_000,
    int BootstrapPageSize = 1_000)
{
    /// <summary>Settings from the node's options.</summary>
    public static SyncEngineSettings From(NodeSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SyncEngineSettings(options.PushBatchSize, SyncProtocol.MaxPushBytes / 2, options.PullLimit, options.PullLimit);
    }
}
