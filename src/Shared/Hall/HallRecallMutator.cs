using System.Text.Json;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Hall;

/// <summary>
/// <c>hall.recall</c> <c>{ticketId, counter}</c>: the counter holding a called ticket asks the hall
/// to announce it again (the citizen did not hear). Only the holder, only while the ticket is
/// called; the latest recall by hybrid time wins, so a late replay cannot make the hall repeat an
/// older one after a newer.
/// </summary>
public sealed class HallRecallMutator : IMutator
{
    /// <summary>Mutation type.</summary>
    public const string MutationType = "hall.recall";

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

        var id = ticket.Id.ToString("D");
        var current = entities.Get(HallRecallEntity.EntityType, id) is { } e ? MutatorJson.ReadState<HallRecallEntity>(e) : null;
        if (current is not null && current.At >= context.Hlc.Value)
            return;
        var label = new TicketNumber(ticket.Prefix, ticket.Number).Format();
        entities.Put(HallRecallEntity.EntityType, id, SyncScope.Center,
            MutatorJson.ToElement(new HallRecallEntity(ticket.Id, label, p.Counter, context.NodeId, context.Hlc.Value, (current?.Count ?? 0) + 1)));
    }
}
