using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>A write buffered by <see cref="BufferedEntitySession"/>; <see cref="Data"/> is null for a deletion.</summary>
public sealed record EntityWrite(string Type, string Id, string Scope, JsonElement? Data);
