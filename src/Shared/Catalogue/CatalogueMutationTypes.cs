namespace CounterNode.Shared.Catalogue;

/// <summary>Mutation types that change the catalogue; accepted only from the Hub (node <see cref="HubNodeId"/>).</summary>
public static class CatalogueMutationTypes
{
    /// <summary><c>{entityType, id, data}</c>: creates or replaces one catalogue entity (<see cref="CataloguePutPayload"/>).</summary>
    public const string Put = "catalogue.put";

    /// <summary><c>{entityType, id}</c>: removes one catalogue entity (<see cref="CatalogueRemovePayload"/>).</summary>
    public const string Remove = "catalogue.remove";

    /// <summary>The node id the Hub uses for its own mutations; the only one allowed to change the catalogue.</summary>
    public const string HubNodeId = "hub";
}
