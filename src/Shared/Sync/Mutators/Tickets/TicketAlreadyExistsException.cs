using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>A second <c>ticket.issue</c> reuses a ticket id (a node bug; the first one stands).</summary>
public sealed class TicketAlreadyExistsException(Guid ticketId)
    : DomainException("ticket.already-exists", $"Ticket {ticketId} was already issued.", "Số thứ tự này đã được cấp.")
{
    /// <summary>The reused id.</summary>
    public Guid TicketId { get; } = ticketId;
}
