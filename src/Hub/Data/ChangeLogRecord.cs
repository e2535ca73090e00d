namespace CounterNode.Hub.Data;

/// <summary>One hash-chained entry of the change log, at its commit-ordered version.</summary>
public sealed class ChangeLogRecord
{
    /// <summary>Global version; assigned under the sync-state row lock, so commit order equals version order.</summary>
    public long Version { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Scope { get; set; }

    /// <summary>New JSON state, or null for a deletion.</summary>
    public string? Data { get; set; }

    /// <summary>The mutation that caused it.</summary>
    public required string NodeId { get; set; }

    public long MutationId { get; set; }

    /// <summary>Hash of the entry at <c>Version - 1</c> ("" for the first).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Hex SHA-256 over the previous hash and this entry (<see cref="Sync.ChangeLogHasher"/>).</summary>
    public required string Hash { get; set; }
}
