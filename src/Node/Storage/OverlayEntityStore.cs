using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>
/// The <see cref="IEntitySession"/> a shared mutator runs against on the node: reads the
/// effective (optimistic) view, writes to the overlay, all inside the caller's transaction.
/// Remembers each written entity's state before its first write so the replica can tell
/// subscribers exactly what changed after commit.
/// </summary>
internal sealed class OverlayEntityStore(SqliteConnection connection, SqliteTransaction transaction) : IEntitySession
{
    private readonly Dictionary<EntityKey, ReplicaEntity?> _before = [];

    /// <summary>Entities written through this store, with their state before the first write.</summary>
    public IReadOnlyDictionary<EntityKey, ReplicaEntity?> Touched => _before;

    public SessionEntity? Get(string type, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return EntityTables.ReadEffective(connection, transaction, type, id) is { } entity
            ? new SessionEntity(entity.Type, entity.Id, entity.Scope, entity.Data)
            : null;
    }

    public void Put(string type, string id, string scope, JsonElement data)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(scope);
        if (data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            throw new ArgumentException("Entity data must be a JSON value; use Delete to remove an entity.", nameof(data));
        Remember(type, id);
        EntityTables.UpsertOverlay(connection, transaction, type, id, scope, data.GetRawText());
    }

    public void Delete(string type, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        // Same semantics as the Hub's session: deleting what is absent does nothing.
        if (EntityTables.ReadEffective(connection, transaction, type, id) is not { } current)
            return;
        Remember(type, id);
        EntityTables.UpsertOverlay(connection, transaction, type, id, current.Scope, data: null);
    }

    private void Remember(string type, string id)
    {
        var key = new EntityKey(type, id);
        if (!_before.ContainsKey(key))
            _before[key] = EntityTables.ReadEffective(connection, transaction, type, id);
    }
}
