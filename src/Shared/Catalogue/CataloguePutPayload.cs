using System.Text.Json;
using System.Text.Json.Serialization;

namespace CounterNode.Shared.Catalogue;

/// <summary>Payload of <c>catalogue.put</c>.</summary>
/// <param name="EntityType">One of <see cref="CatalogueEntityTypes"/>.</param>
/// <param name="Id">Entity id; must equal the record's own key (prefix, code, number…).</param>
/// <param name="Data">The record of that type, camelCase JSON.</param>
/// <param name="ExpectedToken">
/// Optional optimistic-concurrency check: the <see cref="CatalogueEntryToken"/> of the entry the
/// edit was based on (<c>"absent"</c> = create only). When the stored entry no longer matches,
/// the put is refused with <see cref="CatalogueChangedMeanwhileException"/>. Omitted (not even
/// written as null, so older payloads keep their bytes) = replace whatever is stored.
/// </param>
public sealed record CataloguePutPayload(
    string EntityType,
    string Id,
    JsonElement Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExpectedToken = null);
