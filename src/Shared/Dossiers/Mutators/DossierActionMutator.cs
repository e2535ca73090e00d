using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// The common shape of the dossier steps after reception: read the payload, check who may issue
/// it, load the dossier, act through <see cref="Dossier"/> (every rule of the regulation), store
/// the dossier and its status. Deterministic: time is the mutation's hybrid time.
/// </summary>
/// <typeparam name="TPayload">Payload record.</typeparam>
public abstract class DossierActionMutator<TPayload> : IMutator
    where TPayload : class
{
    /// <inheritdoc />
    public abstract string Type { get; }

    /// <summary>True when only the Hub may issue this type.</summary>
    protected virtual bool HubOnly => false;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TPayload>(Type, payload);
        if (HubOnly)
            DossierRules.RequireHub(Type, context);
        var officer = DossierRules.Officer(Type, context);
        var code = DossierRules.CanonicalCode(CodeOf(p));
        var at = DossierRules.At(context);
        DossierRules.Transition(entities, code, (dossier, entity) => Act(dossier, entity, p, officer, at), entity => Complete(entity, p));
    }

    /// <summary>The dossier code named by the payload.</summary>
    protected abstract string CodeOf(TPayload payload);

    /// <summary>The domain action.</summary>
    protected abstract void Act(Dossier dossier, DossierEntity entity, TPayload payload, string officer, DateTimeOffset at);

    /// <summary>Details the domain does not keep, added to the stored entity after the action succeeded.</summary>
    protected virtual DossierEntity Complete(DossierEntity entity, TPayload payload) => entity;
}
