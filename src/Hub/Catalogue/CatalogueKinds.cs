using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Catalogue;

/// <summary>The short names the admin API uses in its routes (<c>service</c>, <c>procedures</c>…) for the catalogue entity types.</summary>
public static class CatalogueKinds
{
    /// <summary>The entity type of a route segment (singular, plural or the full type name); null when unknown.</summary>
    public static string? Resolve(string? kind) => kind?.ToLowerInvariant() switch
    {
        "center" or CatalogueEntityTypes.Center => CatalogueEntityTypes.Center,
        "department" or "departments" or CatalogueEntityTypes.Department => CatalogueEntityTypes.Department,
        "service" or "services" or CatalogueEntityTypes.Service => CatalogueEntityTypes.Service,
        "procedure" or "procedures" or CatalogueEntityTypes.Procedure => CatalogueEntityTypes.Procedure,
        "counter" or "counters" or CatalogueEntityTypes.Counter => CatalogueEntityTypes.Counter,
        "officer" or "officers" or CatalogueEntityTypes.Officer => CatalogueEntityTypes.Officer,
        "priority-category" or "priority-categories" or CatalogueEntityTypes.PriorityCategory => CatalogueEntityTypes.PriorityCategory,
        _ => null,
    };
}
