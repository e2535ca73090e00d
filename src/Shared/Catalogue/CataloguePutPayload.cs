using System.Text.Json;

namespace CounterNode.Shared.Catalogue;

/// <summary>Payload of <c>catalogue.put</c>.</summary>
/// <param name="EntityType">One of <see cref="CatalogueEntityTypes"/>.</param>
/// <param name="Id">Entity id; must equal the record's own key (prefix, code, number…).</param>
/// <param name="Data">The record of that type, camelCase JSON.</param>
public sealed record CataloguePutPayload(string EntityType, string Id, JsonElement Data);
