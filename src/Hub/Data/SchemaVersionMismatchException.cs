namespace CounterNode.Hub.Data;

/// <summary>The database was created by another build with a different schema (no migrations exist yet).</summary>
public sealed class SchemaVersionMismatchException(int found, int expected)
    : Exception($"The Hub database has schema version {found}; this build needs {expected}. Back it up and recreate it, or run the matching build.")
{
    public int Found { get; } = found;

    public int Expected { get; } = expected;
}
