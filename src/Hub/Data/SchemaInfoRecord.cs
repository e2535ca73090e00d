namespace CounterNode.Hub.Data;

/// <summary>Schema version of the Hub database (the schema is created by EnsureCreated; see <see cref="HubDatabaseInitializer"/>).</summary>
public sealed class SchemaInfoRecord
{
    /// <summary>Schema version this build creates and understands.</summary>
    public const int CurrentVersion = 1;

    public int Id { get; set; } = 1;

    public int Version { get; set; }
}
