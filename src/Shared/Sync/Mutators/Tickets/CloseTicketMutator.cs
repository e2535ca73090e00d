using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Ends a called ticket (finish or no-show); only the counter whose call stands may do it.</summary>
public abstract class CloseTicketMutator : IMutator
{
    /// <inheritdoc />
    public abstract string Type { get; }

    /// <summary>The status the ticket ends in.</summary>
    protected abstract TicketStatus FinalStatus { get; }

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TicketCounterPayload>(Type, payload);
        TicketRules.RequireCounter(Type, p.Counter);
        var ticket = TicketRules.LoadHeldCall(entities, context, p.TicketId, p.Counter);
        TicketRules.Save(entities, ticket with { Status = FinalStatus, ClosedAt = context.Hlc.Value },
            TicketRules.ScopeOf(entities, p.TicketId));
    }
}
