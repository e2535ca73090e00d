using System.Text.Json;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>ticket.transfer</c>: the counter whose call stands found the citizen needs another service;
/// the ticket goes back to waiting in that service's queue (keeping its printed number and its
/// place by issue time) and any counter of that service may call it. Only the holder may do it,
/// and only while the ticket is called (not after finish / no-show).
/// </summary>
public sealed class TransferTicketMutator : IMutator
{
    /// <summary>The mutation type.</summary>
    public const string MutationType = "ticket.transfer";

    /// <inheritdoc />
    public string Type => MutationType;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TransferTicketPayload>(Type, payload);
        TicketRules.RequireCounter(Type, p.Counter);
        if (!TicketNumberFormat.IsValidPrefix(p.ToService))
            throw new InvalidMutationPayloadException(Type, "toService must be a service prefix.");
        var ticket = TicketRules.LoadHeldCall(entities, context, p.TicketId, p.Counter);
        if (string.Equals(ticket.Service ?? ticket.Prefix, p.ToService, StringComparison.Ordinal))
            throw new TransferTargetUnchangedException(new TicketNumber(ticket.Prefix, ticket.Number).Format());
        TicketRules.Save(entities, ticket with { Status = TicketStatus.Waiting, Call = null, Service = p.ToService },
            TicketRules.ScopeOf(entities, p.TicketId));
        // The next counter starts its own service; a start recorded here must not count there.
        if (entities.Get(TicketServingEntity.EntityType, p.TicketId.ToString("D")) is not null)
            entities.Delete(TicketServingEntity.EntityType, p.TicketId.ToString("D"));
    }
}
