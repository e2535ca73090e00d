using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// <c>catalogue.remove</c>: removes one catalogue entry (Hub only). Entries that referred to it
/// keep the dangling key; readers skip keys they cannot resolve, and the next edit of such an
/// entry must drop the key (the put validation insists on existing references). The center
/// record itself cannot be removed, only edited: nodes would otherwise lose their working hours.
/// An expected token (optional) refuses the removal of an entry changed since it was read.
/// </summary>
public sealed class CatalogueRemoveMutator : IMutator
{
    /// <inheritdoc />
    public string Type => CatalogueMutationTypes.Remove;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        if (context.NodeId != CatalogueMutationTypes.HubNodeId)
            throw new CatalogueHubOnlyException(Type, context.NodeId);
        var p = MutatorJson.ReadPayload<CatalogueRemovePayload>(Type, payload);
        if (!CatalogueEntityTypes.IsCatalogue(p.EntityType))
            throw new UnknownCatalogueEntityTypeException(p.EntityType);
        if (p.EntityType == CatalogueEntityTypes.Center)
            throw new InvalidCatalogueEntryException(p.EntityType, p.Id, "entityType", "the center record can be edited but not removed.", "thông tin Trung tâm chỉ được sửa, không được xóa.");
        var id = p.Id.Trim();
        if (id.Length == 0)
            throw new InvalidCatalogueEntryException(p.EntityType, id, "id", "is required.", "bắt buộc phải có.");
        var current = entities.Get(p.EntityType, id);
        // Before "not found": an entry removed by someone else since it was read is a concurrent edit.
        CatalogueEntryToken.Check(p.EntityType, id, p.ExpectedToken, current);
        if (current is null)
            throw new CatalogueEntryNotFoundException(p.EntityType, id);
        entities.Delete(p.EntityType, id);
    }
}
