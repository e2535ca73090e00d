using System.Text.Json;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Hub.Catalogue;

/// <summary>The catalogue entries as stored at the Hub at one moment (tombstones excluded).</summary>
public sealed class CatalogueSnapshot(IReadOnlyDictionary<(string Type, string Id), JsonElement> entries)
{
    /// <summary>True when no catalogue entry exists.</summary>
    public bool IsEmpty => entries.Count == 0;

    /// <summary>The state of one entry, or null.</summary>
    public JsonElement? Find(string type, string id) => entries.TryGetValue((type, id), out var data) ? data : null;

    /// <summary>The concurrency token of one entry (<see cref="CatalogueEntryToken.Absent"/> when it does not exist).</summary>
    public string Token(string type, string id) => CatalogueEntryToken.Of(Find(type, id));

    /// <summary>The concurrency token of every entry, keyed <c>{entityType}/{id}</c>.</summary>
    public IReadOnlyDictionary<string, string> Tokens() =>
        entries.ToDictionary(e => e.Key.Type + "/" + e.Key.Id, e => CatalogueEntryToken.Of(e.Value), StringComparer.Ordinal);

    /// <summary>Every entry of <paramref name="type"/> as records, ordered by id.</summary>
    public IReadOnlyList<T> All<T>(string type)
        where T : class =>
        [.. entries.Where(e => e.Key.Type == type).OrderBy(e => e.Key.Id, StringComparer.Ordinal).Select(e => e.Value.Deserialize<T>(MutatorJson.Options)!)];

    /// <summary>One entry as a record, or null.</summary>
    public T? Get<T>(string type, string id)
        where T : class => Find(type, id)?.Deserialize<T>(MutatorJson.Options);

    /// <summary>The stored JSON of every entry in key order: equal fingerprints, equal snapshots.</summary>
    public string Fingerprint() =>
        string.Join("\n", entries.OrderBy(e => e.Key.Type, StringComparer.Ordinal).ThenBy(e => e.Key.Id, StringComparer.Ordinal)
            .Select(e => e.Key.Type + "/" + e.Key.Id + "=" + e.Value.GetRawText()));

    /// <summary>A read view for <see cref="CatalogueEntryValidator"/> (its writes are discarded).</summary>
    public IEntitySession ToSession() =>
        new BufferedEntitySession((type, id) => Find(type, id) is { } data ? new SessionEntity(type, id, SyncScope.Center, data) : null);
}
