namespace CounterNode.Hub.Data;

/// <summary>
/// The single row every writer locks first (<c>UPDATE sync_state SET version = version</c>):
/// it serialises writers, so versions are handed out in commit order on every provider.
/// </summary>
public sealed class SyncStateRecord
{
    /// <summary>The only row has id 1.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Latest change-log version.</summary>
    public long Version { get; set; }

    /// <summary>Hash of the latest entry ("" when the log is empty).</summary>
    public string LastHash { get; set; } = string.Empty;

    /// <summary>Oldest version still in the log; pulls from below it must bootstrap.</summary>
    public long RetainedFrom { get; set; } = 1;

    /// <summary>Hash of the entry just below <see cref="RetainedFrom"/> (where verification starts after compaction).</summary>
    public string RetainedAnchorHash { get; set; } = string.Empty;
}
