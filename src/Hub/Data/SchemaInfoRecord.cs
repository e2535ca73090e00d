namespace CounterNode.Hub.Data;

/// <summary>Schema version of the Hub database (the schema is created by EnsureCreated; see <see cref="HubDatabaseInitializer"/>).</summary>
public sealed class SchemaInfoRecord
{
    /// <summary>Schema version this build creates and understands (older ones are upgraded by <see cref="HubSchemaUpgrades"/>).</summary>
    /// <remarks>2: <c>nodes.last_pulled_version</c> and <c>nodes.last_pulled_at_ms</c>.</remarks>
    public const int CurrentVersion = 3;

    public int Id { get; set; } = 1;

    public int Version { get; set; }
}
