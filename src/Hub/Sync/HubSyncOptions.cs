using System.ComponentModel.DataAnnotations;

namespace CounterNode.Hub.Sync;

/// <summary>Sync settings, bound from <c>Hub:Sync</c>.</summary>
public sealed class HubSyncOptions
{
    public const string SectionName = "Hub:Sync";

    /// <summary>How far ahead of the Hub clock a mutation's timestamp may be.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxClockDrift { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Versions of change log to keep (0 = keep everything). Older entries are compacted away;
    /// a node whose cursor is older must bootstrap again.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long RetainVersions { get; set; }

    /// <summary>How often compaction runs when <see cref="RetainVersions"/> is set.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CompactionInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest reserve block a node may lease at once.</summary>
    [Range(1, 100_000)]
    public int MaxReserveBlock { get; set; } = 1000;

    /// <summary>
    /// How long a node's key hash and scopes are reused from memory before the node row is read
    /// again (<see cref="NodeCredentialCache"/>); 0 reads it on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CredentialCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Key for the admin verify endpoint (header <c>X-CounterNode-Admin-Key</c>); the
    /// endpoint answers 404 when unset.
    /// </summary>
    public string? AdminKey { get; set; }
}
