using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>ticket.start</c> (payload <see cref="TicketCounterPayload"/>): the holder starts serving
/// its called ticket. Only the counter whose call stands, only while called; starting twice
/// keeps the first start (a double click changes nothing).
/// </summary>
public sealed class StartServiceMutator : IMutator
{
    /// <summary>The mutation type.</summary>
    public const string MutationType = "ticket.start";

    /// <inheritdoc />
    public string Type => MutationType;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TicketCounterPayload>(Type, payload);
        TicketRules.RequireCounter(Type, p.Counter);
        var ticket = TicketRules.LoadHeldCall(entities, context, p.TicketId, p.Counter);
        var id = p.TicketId.ToString("D");
        if (entities.Get(TicketServingEntity.EntityType, id) is { } existing
            && MutatorJson.ReadState<TicketServingEntity>(existing).Counter == p.Counter)
            return;
        entities.Put(TicketServingEntity.EntityType, id, TicketRules.ScopeOf(entities, p.TicketId),
            MutatorJson.ToElement(new TicketServingEntity(p.TicketId, p.Counter, context.Hlc.Value)));
    }
}
