using System.Text.Json.Serialization;

namespace CounterNode.Shared.Catalogue;

/// <summary>Payload of <c>catalogue.remove</c>.</summary>
/// <param name="EntityType">One of <see cref="CatalogueEntityTypes"/>.</param>
/// <param name="Id">Entity id.</param>
/// <param name="ExpectedToken">
/// Optional optimistic-concurrency check: the <see cref="CatalogueEntryToken"/> of the entry as
/// the administrator saw it; a removal of an entry changed meanwhile is refused with
/// <see cref="CatalogueChangedMeanwhileException"/>. Omitted = remove whatever is stored.
/// </param>
public sealed record CatalogueRemovePayload(
    string EntityType,
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExpectedToken = null);
