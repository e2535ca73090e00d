namespace CounterNode.Hub.Sync;

/// <summary>A conflict mirror row changed by a push batch, written once at the end of the batch.</summary>
internal sealed class PendingConflict(string id, bool inDatabase, long firstVersion)
{
    public string Id { get; } = id;

    /// <summary>True when the row existed before the batch (its first version is kept).</summary>
    public bool InDatabase { get; } = inDatabase;

    public long FirstVersion { get; } = firstVersion;

    public string Kind { get; set; } = "unknown";

    public string Data { get; set; } = "null";

    public long LastVersion { get; set; }
}
