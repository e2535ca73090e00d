using System.ComponentModel.DataAnnotations;
using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>
/// Settings of the node's sync engine, bound from <c>Node:Sync</c>; the node's secret comes
/// from <c>Node:Key</c>. Validated at start.
/// </summary>
public sealed class NodeSyncOptions
{
    /// <summary>Configuration section of these settings.</summary>
    public const string SectionName = "Node:Sync";

    /// <summary>Configuration key of the node's secret (sent as <see cref="SyncProtocol.NodeKeyHeader"/>; never logged).</summary>
    public const string KeyPath = "Node:Key";

    /// <summary>The node's secret key.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Node:Key (the node's secret for the Hub) is required.")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Pull even without pokes this often (pokes may be lost).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one HTTP request to the Hub.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for an online number before drawing from the reserve.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan NumberDeadline { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long "call next" waits for the Hub's verdict before going on with the local decision.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan DecisionWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most outbox entries per push (the Hub accepts at most <see cref="SyncProtocol.MaxPushMutations"/>).</summary>
    [Range(1, SyncProtocol.MaxPushMutations)]
    public int PushBatchSize { get; set; } = 500;

    /// <summary>Changes asked per pull page.</summary>
    [Range(1, SyncProtocol.MaxPullLimit)]
    public int PullLimit { get; set; } = 1_000;

    /// <summary>Numbers asked per reserve lease.</summary>
    [Range(1, 10_000)]
    public int ReserveBlockSize { get; set; } = 50;

    /// <summary>Lease a new block in the background when fewer numbers than this are left.</summary>
    [Range(0, 10_000)]
    public int ReserveLowWater { get; set; } = 20;

    /// <summary>Longest wait between reconnect attempts of the poke connection.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often reserve blocks of the series this node prints from are checked and topped up (<see cref="ReserveKeeper"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReserveCheckInterval { get; set; } = TimeSpan.FromMinutes(2);
}
