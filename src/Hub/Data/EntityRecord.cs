namespace CounterNode.Hub.Data;

/// <summary>The current state of an entity (what a bootstrap serves); <see cref="Data"/> null is a tombstone.</summary>
public sealed class EntityRecord
{
    public required string Type { get; set; }

    public required string Id { get; set; }

    public required string Scope { get; set; }

    /// <summary>Change-log version of the last change.</summary>
    public long Version { get; set; }

    /// <summary>JSON state, or null when deleted.</summary>
    public string? Data { get; set; }
}
