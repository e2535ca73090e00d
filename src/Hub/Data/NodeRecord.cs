namespace CounterNode.Hub.Data;

/// <summary>A node allowed to sync, its hashed key, its scopes and where its outbox stands at the Hub.</summary>
public sealed class NodeRecord
{
    /// <summary>Node id (also the header value).</summary>
    public required string NodeId { get; set; }

    /// <summary>Hex SHA-256 of the node's key (keys are random secrets, so a fast hash suffices).</summary>
    public required string KeyHash { get; set; }

    /// <summary>Granted scopes, space-separated (e.g. <c>center dept:STP counter:3</c>).</summary>
    public required string Scopes { get; set; }

    /// <summary>Highest mutation id applied or refused.</summary>
    public long LastApplied { get; set; }

    /// <summary>Hash of that mutation ("" before the first), which the next one must link to.</summary>
    public string LastHash { get; set; } = string.Empty;

    /// <summary>
    /// Cursor the node reached with its latest pull (the version it holds everything up to); 0
    /// before its first pull. The board compares it with the change-log head to show sync lag.
    /// Written in batches about a second after the pull (<see cref="Sync.NodePullMarks"/>).
    /// </summary>
    public long LastPulledVersion { get; set; }

    /// <summary>Hub wall time of that pull, Unix milliseconds; null before the node's first pull.</summary>
    public long? LastPulledAtMs { get; set; }
}
