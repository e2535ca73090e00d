using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Tests.Queue;

/// <summary>A plain in-memory entity store for running mutators through the registry.</summary>
internal sealed class DictionaryEntitySession : IEntitySession
{
    private readonly Dictionary<(string Type, string Id), SessionEntity> _entities = [];

    public SessionEntity? Get(string type, string id) => _entities.GetValueOrDefault((type, id));

    public void Put(string type, string id, string scope, JsonElement data) => _entities[(type, id)] = new SessionEntity(type, id, scope, data.Clone());

    public void Delete(string type, string id) => _entities.Remove((type, id));
}
