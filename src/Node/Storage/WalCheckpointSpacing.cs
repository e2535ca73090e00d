namespace CounterNode.Node.Storage;

/// <summary>
/// When a replica checkpoints its WAL into the main file: after a quiet moment
/// (<see cref="IdleDelayFor"/>, see <see cref="IdleCheckpointer"/>), or — for a node that never
/// goes quiet — when the WAL reaches <see cref="PagesFor"/> pages (<c>PRAGMA wal_autocheckpoint</c>,
/// run by SQLite inside the commit that crosses it). Both differ per node.
/// </summary>
/// <remarks>
/// Every node of a hall stores the same Hub commits in the same order, so with one threshold
/// for all they reach it on the same poke: measured with 200 nodes in one process, every
/// replica's commit of that poke ran a checkpoint (copy + two fsyncs, 6–20 ms each alone) at
/// the same moment, and that poke's latency jumped from ~30 ms to 250–370 ms about every 210
/// commits. Checkpoints now normally run when the node is idle, off the commit path; the
/// commit-path threshold is a backstop, raised to 2000–6000 pages (8–24 MB of WAL) and derived
/// from the node id so that busy nodes reaching it do not do so on the same poke. Values are
/// stable per node (a stable hash, not <see cref="string.GetHashCode()"/>), so a node behaves
/// the same after a restart and a run can be reproduced.
/// </remarks>
public static class WalCheckpointSpacing
{
    /// <summary>Smallest threshold handed out (pages).</summary>
    public const int MinPages = 2000;

    /// <summary>Thresholds are in [<see cref="MinPages"/>, <see cref="MinPages"/> + <see cref="SpreadPages"/>).</summary>
    public const int SpreadPages = 4000;

    /// <summary>Shortest idle delay; idle delays are in [1 s, 2 s).</summary>
    public static readonly TimeSpan MinIdleDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long node <paramref name="nodeId"/> waits without a commit before checkpointing.</summary>
    public static TimeSpan IdleDelayFor(string nodeId) => MinIdleDelay + TimeSpan.FromMilliseconds(Hash(nodeId) % 1000);

    /// <summary>The auto-checkpoint threshold, in WAL pages, of node <paramref name="nodeId"/>.</summary>
    public static int PagesFor(string nodeId) => MinPages + (int)(Hash(nodeId) % SpreadPages);

    private static uint Hash(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        // FNV-1a over the UTF-16 code units: tiny, stable across processes and platforms, and it
        // spreads ids that differ only in their last digits ("counter-01", "counter-02", …).
        var hash = 2166136261u;
        foreach (var c in nodeId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // Final avalanche so the low bits used below depend on every character.
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }
}
