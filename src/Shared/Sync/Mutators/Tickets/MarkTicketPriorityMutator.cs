using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>ticket.mark-priority</c>: the kiosk printed a priority ticket. Recorded right after
/// <c>ticket.issue</c> and before printing; a FACT about paper, so the Hub accepts it for any
/// waiting ticket. Repeating it with the same category changes nothing.
/// </summary>
public sealed class MarkTicketPriorityMutator : IMutator
{
    /// <summary>The mutation type.</summary>
    public const string MutationType = "ticket.mark-priority";

    /// <inheritdoc />
    public string Type => MutationType;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TicketPriorityPayload>(Type, payload);
        if (!Enum.IsDefined(p.Category))
            throw new InvalidMutationPayloadException(Type, "category is not a known priority category.");
        var ticket = TicketRules.Load(entities, p.TicketId);
        if (ticket.Status != TicketStatus.Waiting)
            throw new TicketNotWaitingException(ticket.Id, ticket.Status);
        entities.Put(TicketPriorityEntity.EntityType, p.TicketId.ToString("D"), TicketRules.ScopeOf(entities, p.TicketId),
            MutatorJson.ToElement(new TicketPriorityEntity(p.TicketId, p.Category)));
    }
}
