namespace CounterNode.Shared.Catalogue;

/// <summary>Payload of <c>catalogue.remove</c>.</summary>
/// <param name="EntityType">One of <see cref="CatalogueEntityTypes"/>.</param>
/// <param name="Id">Entity id.</param>
public sealed record CatalogueRemovePayload(string EntityType, string Id);
