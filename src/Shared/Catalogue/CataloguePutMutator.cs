using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// <c>catalogue.put</c>: creates or replaces one catalogue entry. A DECISION of the center's
/// administrators, so only the Hub (node <c>hub</c>) may issue it; a counter node that tries is
/// refused and nothing is stored. The entry is validated per type and written in its canonical
/// form to scope <c>center</c>, so every node receives it with the next poke. With an expected
/// token the put first checks that the stored entry is still the one the editor read: the check
/// runs here, inside the push transaction that serialises every writer (several Hub instances
/// included), so the first of two concurrent edits wins and the second is refused, not lost.
/// </summary>
public sealed class CataloguePutMutator : IMutator
{
    /// <inheritdoc />
    public string Type => CatalogueMutationTypes.Put;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        if (context.NodeId != CatalogueMutationTypes.HubNodeId)
            throw new CatalogueHubOnlyException(Type, context.NodeId);
        var p = MutatorJson.ReadPayload<CataloguePutPayload>(Type, payload);
        var id = p.Id.Trim();
        if (p.ExpectedToken is not null && CatalogueEntityTypes.IsCatalogue(p.EntityType))
            CatalogueEntryToken.Check(p.EntityType, id, p.ExpectedToken, entities.Get(p.EntityType, id));
        var data = CatalogueEntryValidator.Normalise(p.EntityType, id, p.Data, entities);
        entities.Put(p.EntityType, id, SyncScope.Center, data);
    }
}
