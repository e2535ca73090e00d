using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Sync;

/// <summary>
/// One entity row as a push batch sees it: read once from the database (or known absent),
/// then changed in memory by the batch's mutations and written back once at the end.
/// </summary>
internal sealed class CachedEntity(string type, string id, bool inDatabase, string scope, long version, string? data)
{
    public string Type { get; } = type;

    public string Id { get; } = id;

    /// <summary>True when the row existed before the batch (tombstones included): update it, else insert it.</summary>
    public bool InDatabase { get; } = inDatabase;

    public string Scope { get; set; } = scope;

    public long Version { get; set; } = version;

    /// <summary>JSON text; null for an absent or deleted entity.</summary>
    public string? Data { get; set; } = data;

    /// <summary>True once a mutation of the batch wrote it.</summary>
    public bool Dirty { get; set; }

    // Parsed lazily and shared by every read of the batch (the element is immutable).
    private SessionEntity? _session;

    /// <summary>The entity as mutators see it; null when absent or deleted.</summary>
    public SessionEntity? ToSession()
    {
        if (Data is null)
            return null;
        return _session ??= new SessionEntity(Type, Id, Scope, EntityJson.Parse(Data)!.Value);
    }

    /// <summary>Takes a mutation's write (the element is kept, so the next read needs no parse).</summary>
    public void Set(EntityWrite write, long version)
    {
        Scope = write.Scope;
        Version = version;
        Data = write.Data?.GetRawText();
        _session = write.Data is { } element ? new SessionEntity(Type, Id, write.Scope, element) : null;
        Dirty = true;
    }
}
