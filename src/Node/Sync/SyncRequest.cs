namespace CounterNode.Node.Sync;

/// <summary>What woke the sync agent: a full round was asked for, and/or the log up to a poked version.</summary>
/// <param name="Full">A local mutation, a reconnect or a content-less need asked for a full round.</param>
/// <param name="PokedVersion">Highest version announced by pokes that were not applied inline (0: none).</param>
public readonly record struct SyncRequest(bool Full, long PokedVersion)
{
    /// <summary>
    /// True when a round would change nothing: only pokes asked, the replica's cursor is at or
    /// past every poked version, and no mutation waits to be pushed. A request with neither part
    /// was already served by an earlier round (its signal outlived its content).
    /// </summary>
    public bool IsSatisfiedBy(long cursor, int pending) => !Full && cursor >= PokedVersion && pending == 0;
}
