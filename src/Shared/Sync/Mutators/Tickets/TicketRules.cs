using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Shared reads and checks of the queue mutators.</summary>
internal static class TicketRules
{
    public static TicketEntity Load(IEntitySession entities, Guid ticketId)
    {
        var entity = entities.Get(TicketEntityTypes.Ticket, ticketId.ToString("D"))
            ?? throw new TicketNotFoundException(ticketId);
        return MutatorJson.ReadState<TicketEntity>(entity);
    }

    /// <summary>
    /// Loads a ticket only the counter whose call stands may act on (start, finish, no-show,
    /// transfer, recall): called by <paramref name="counter"/> of this mutation's node, and still called.
    /// </summary>
    public static TicketEntity LoadHeldCall(IEntitySession entities, MutationContext context, Guid ticketId, int counter)
    {
        var ticket = Load(entities, ticketId);
        if (ticket.Call is not { } held || held.Counter != counter || held.NodeId != context.NodeId)
            throw new TicketNotHeldException(ticket.Id, counter, ticket.Call?.Counter);
        if (ticket.Status != TicketStatus.Called)
            throw new TicketClosedException(ticket.Id, ticket.Status);
        return ticket;
    }

    public static string ScopeOf(IEntitySession entities, Guid ticketId) =>
        entities.Get(TicketEntityTypes.Ticket, ticketId.ToString("D"))?.Scope ?? SyncScope.Center;

    public static void Save(IEntitySession entities, TicketEntity ticket, string scope) =>
        entities.Put(TicketEntityTypes.Ticket, ticket.Id.ToString("D"), scope, MutatorJson.ToElement(ticket));

    public static void SaveConflict(IEntitySession entities, ConflictEntity conflict) =>
        entities.Put(TicketEntityTypes.Conflict, conflict.Id, SyncScope.Center, MutatorJson.ToElement(conflict));

    public static ConflictEntity? LoadConflict(IEntitySession entities, string id) =>
        entities.Get(TicketEntityTypes.Conflict, id) is { } entity ? MutatorJson.ReadState<ConflictEntity>(entity) : null;

    public static void RequireCounter(string type, int counter)
    {
        if (counter <= 0)
            throw new InvalidMutationPayloadException(type, "counter must be a positive counter number.");
    }
}
