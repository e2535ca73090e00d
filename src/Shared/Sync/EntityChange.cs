using System.Text.Json;

namespace CounterNode.Shared.Sync;

/// <summary>
/// One entry of the Hub's change log: the new state of an entity (or its deletion when
/// <see cref="Data"/> is null) at change-log <see cref="Version"/>.
/// </summary>
/// <param name="Version">Global, commit-ordered version.</param>
/// <param name="EntityType">e.g. <c>ticket</c>, <c>dossier</c>, <c>counter</c>.</param>
/// <param name="EntityId">Identifier within the type.</param>
/// <param name="Scope">Who may see it, e.g. <c>center</c>, <c>dept:STP</c>, <c>counter:3</c>.</param>
/// <param name="Data">The entity's JSON state, or null when deleted.</param>
public sealed record EntityChange(long Version, string EntityType, string EntityId, string Scope, JsonElement? Data);
