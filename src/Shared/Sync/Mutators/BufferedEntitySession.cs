using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>
/// Runs a mutator against a read-only base view and keeps its writes in memory, so a refused
/// mutation leaves nothing behind (drop the session) and an accepted one yields its writes in
/// first-write order (<see cref="Writes"/>) for the caller to store. Reads see earlier writes.
/// </summary>
public sealed class BufferedEntitySession : IEntitySession
{
    private readonly Func<string, string, SessionEntity?> _read;
    private readonly Dictionary<(string Type, string Id), EntityWrite> _writes = [];
    private readonly List<(string Type, string Id)> _order = [];

    /// <param name="read">Reads the base state of (type, id); null when absent.</param>
    public BufferedEntitySession(Func<string, string, SessionEntity?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
    }

    /// <summary>Final state of every entity written, in the order each was first written.</summary>
    public IReadOnlyList<EntityWrite> Writes => [.. _order.Select(key => _writes[key])];

    /// <inheritdoc />
    public SessionEntity? Get(string type, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (_writes.TryGetValue((type, id), out var write))
            return write.Data is { } data ? new SessionEntity(type, id, write.Scope, data) : null;
        return _read(type, id);
    }

    /// <inheritdoc />
    public void Put(string type, string id, string scope, JsonElement data)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(scope);
        if (data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            throw new ArgumentException("Entity data must be a JSON value; use Delete to remove an entity.", nameof(data));
        Record(new EntityWrite(type, id, scope, data.Clone()));
    }

    /// <inheritdoc />
    public void Delete(string type, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        var scope = Get(type, id)?.Scope;
        if (scope is null)
            return;
        Record(new EntityWrite(type, id, scope, null));
    }

    private void Record(EntityWrite write)
    {
        var key = (write.Type, write.Id);
        if (!_writes.ContainsKey(key))
            _order.Add(key);
        _writes[key] = write;
    }
}
