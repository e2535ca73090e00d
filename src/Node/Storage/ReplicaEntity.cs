using System.Text.Json;

namespace CounterNode.Node.Storage;

/// <summary>
/// An entity as the node sees it: the Hub's confirmed state, possibly with pending local
/// mutations applied on top.
/// </summary>
/// <param name="Type">Entity type, e.g. <c>ticket</c>.</param>
/// <param name="Id">Identifier within the type.</param>
/// <param name="Scope">Visibility scope, e.g. <c>center</c>, <c>counter:3</c>.</param>
/// <param name="Data">JSON state.</param>
/// <param name="Version">Change-log version of the confirmed state, or null if the entity exists only locally.</param>
/// <param name="IsPending">True when pending local mutations changed it and the Hub has not confirmed that yet.</param>
public sealed record ReplicaEntity(string Type, string Id, string Scope, JsonElement Data, long? Version, bool IsPending);
