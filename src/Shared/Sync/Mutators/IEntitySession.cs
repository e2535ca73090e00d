using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>
/// The entity store a mutator reads and writes: entities are (type, id, scope, JSON state).
/// The Hub backs it with its database inside the push transaction; a node backs it with its
/// replica's optimistic view. Synchronous on purpose: mutators run inside one open transaction
/// and do no I/O of their own.
/// </summary>
public interface IEntitySession
{
    /// <summary>The current state of an entity, or null when absent or deleted.</summary>
    SessionEntity? Get(string type, string id);

    /// <summary>Creates or replaces an entity.</summary>
    void Put(string type, string id, string scope, JsonElement data);

    /// <summary>Deletes an entity (a tombstone reaches replicas through the change log).</summary>
    void Delete(string type, string id);
}
