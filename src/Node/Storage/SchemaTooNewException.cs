namespace CounterNode.Node.Storage;

/// <summary>
/// The replica file was written by a newer build (its schema version is above every migration
/// this build knows). Opening it anyway could corrupt data the newer build relies on, so the
/// node refuses to start until it is upgraded again (or the file is restored from backup).
/// </summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException(string path, int found, int known)
        : base($"The node database '{path}' has schema version {found}, but this build knows only up to {known}. " +
               "Upgrade the node software (or restore a matching backup); the file was left untouched.")
    {
        Path = path;
        FoundVersion = found;
        KnownVersion = known;
    }

    /// <summary>The database that was refused.</summary>
    public string Path { get; }

    /// <summary>Schema version found in the file.</summary>
    public int FoundVersion { get; }

    /// <summary>Highest schema version this build knows.</summary>
    public int KnownVersion { get; }
}
