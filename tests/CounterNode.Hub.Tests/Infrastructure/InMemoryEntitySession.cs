using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>A plain dictionary-backed session for mutator unit tests.</summary>
public sealed class InMemoryEntitySession : IEntitySession
{
    private readonly Dictionary<(string, string), SessionEntity> _entities = [];

    public IReadOnlyCollection<SessionEntity> All => _entities.Values;

    public SessionEntity? Get(string type, string id) => _entities.GetValueOrDefault((type, id));

    public void Put(string type, string id, string scope, JsonElement data) => _entities[(type, id)] = new SessionEntity(type, id, scope, data.Clone());

    public void Delete(string type, string id) => _entities.Remove((type, id));

    /// <summary>Runs a mutation through a buffer and keeps its writes only if the rules accept it.</summary>
    public void Apply(CounterNode.Shared.Sync.Mutation mutation)
    {
        var buffer = new BufferedEntitySession(Get);
        MutatorRegistry.Default.Apply(mutation, buffer, isAuthoritative: true);
        foreach (var write in buffer.Writes)
        {
            if (write.Data is { } data)
                Put(write.Type, write.Id, write.Scope, data);
            else
                Delete(write.Type, write.Id);
        }
    }

    /// <summary>Canonical text of the whole state (for comparing two sessions).</summary>
    public string Snapshot() => string.Join('\n', _entities.Values
        .OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
        .Select(e => $"{e.Type}/{e.Id}@{e.Scope}={e.Data.GetRawText()}"));
}
