using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>An entity as a mutator sees it: (type, id), its visibility scope and its JSON state.</summary>
public sealed record SessionEntity(string Type, string Id, string Scope, JsonElement Data);
