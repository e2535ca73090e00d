using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Shared reads, writes and checks of the dossier mutators.</summary>
internal static class DossierRules
{
    /// <summary>The canonical code text, or the typed reason it is not a code.</summary>
    public static string CanonicalCode(string? text) => DossierCode.Parse(text).Format();

    /// <summary>Refuses a department-side type from anything but the Hub.</summary>
    public static void RequireHub(string type, MutationContext context)
    {
        if (!string.Equals(context.NodeId, DossierMutationTypes.HubNodeId, StringComparison.Ordinal))
            throw new DossierHubOnlyException(type, context.NodeId);
    }

    /// <summary>The officer who made the change (every dossier step records one).</summary>
    public static string Officer(string type, MutationContext context) =>
        string.IsNullOrWhiteSpace(context.Officer) ? throw new DossierOfficerRequiredException(type) : context.Officer;

    /// <summary>When the change was made: the mutation's hybrid time, so Hub and node compute the same state.</summary>
    public static DateTimeOffset At(MutationContext context) => context.Hlc.PhysicalTime;

    public static DossierEntity Load(IEntitySession entities, string code) =>
        entities.Get(DossierEntityTypes.Dossier, code) is { } entity
            ? MutatorJson.ReadState<DossierEntity>(entity)
            : throw new DossierNotFoundException(code);

    /// <summary>Stores the dossier and its public status in the department's scope (never <c>center</c>).</summary>
    public static void Save(IEntitySession entities, DossierEntity dossier)
    {
        var scope = SyncScope.Department(dossier.Department);
        entities.Put(DossierEntityTypes.Dossier, dossier.Code, scope, MutatorJson.ToElement(dossier));
        entities.Put(DossierEntityTypes.Status, dossier.Code, scope, MutatorJson.ToElement(dossier.ToStatus()));
    }

    /// <summary>Loads, acts through the domain rules, stores. A refusal throws before anything is written.</summary>
    public static void Transition(IEntitySession entities, string code, Action<Dossier, DossierEntity> act, Func<DossierEntity, DossierEntity>? extra = null)
    {
        var entity = Load(entities, code);
        var dossier = entity.ToDossier();
        act(dossier, entity);
        var updated = entity.With(dossier);
        Save(entities, extra is null ? updated : extra(updated));
    }
}
