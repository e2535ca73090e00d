using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>ticket.call</c>: a counter calls a ticket. A DECISION — offline counters may collide.
/// Colliding calls are resolved by <see cref="Time.NodeTimestamp"/> order (hybrid time, then
/// node id): the earliest call holds the ticket whatever order the calls reach the Hub in, and
/// every other call is listed in a <see cref="ConflictKind.ConcurrentCall"/> conflict.
/// Once the holder closed the ticket, a late call from another counter cannot take it back:
/// it is recorded as a losing call.
/// </summary>
public sealed class CallTicketMutator : IMutator
{
    /// <inheritdoc />
    public string Type => TicketMutationTypes.Call;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<TicketCounterPayload>(Type, payload);
        TicketRules.RequireCounter(Type, p.Counter);
        var ticket = TicketRules.Load(entities, p.TicketId);
        var scope = TicketRules.ScopeOf(entities, p.TicketId);
        var claim = new CallClaim(p.Counter, context.NodeId, context.Hlc.Value);

        if (ticket.Call is not { } held)
        {
            TicketRules.Save(entities, ticket with { Status = TicketStatus.Called, Call = claim }, scope);
            return;
        }

        if (held.Counter == claim.Counter && held.NodeId == claim.NodeId)
        {
            // The holder calls again (a repeated announcement): nothing changes, but not after the end.
            if (ticket.Status is TicketStatus.Finished or TicketStatus.NoShow)
                throw new TicketClosedException(ticket.Id, ticket.Status);
            return;
        }

        var open = ticket.Status == TicketStatus.Called;
        var winner = open && claim.Timestamp < held.Timestamp ? claim : held;
        var loser = ReferenceEquals(winner, claim) ? held : claim;
        if (!ReferenceEquals(winner, held))
            TicketRules.Save(entities, ticket with { Call = winner }, scope);
        RecordConflict(entities, ticket, winner, loser);
    }

    private static void RecordConflict(IEntitySession entities, TicketEntity ticket, CallClaim winner, CallClaim loser)
    {
        var id = "call:" + ticket.Id.ToString("D");
        var losers = (TicketRules.LoadConflict(entities, id)?.Losers ?? [])
            .Append(loser)
            .Where(c => c != winner)
            .Distinct()
            .OrderBy(c => c.Timestamp)
            .ToList();
        var counters = string.Join(", ", losers.Select(c => c.Counter).Distinct());
        TicketRules.SaveConflict(entities, new ConflictEntity(
            id, ConflictKind.ConcurrentCall, [ticket.Id], winner, losers,
            $"Số {ticket.Prefix}{ticket.Number:D3} do quầy {winner.Counter} phục vụ; lượt gọi của quầy {counters} không được tính."));
    }
}
