using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>A mutation names a ticket nobody issued.</summary>
public sealed class TicketNotFoundException(Guid ticketId)
    : DomainException("ticket.not-found", $"Ticket {ticketId} does not exist.", "Không tìm thấy số thứ tự.")
{
    /// <summary>The unknown ticket.</summary>
    public Guid TicketId { get; } = ticketId;
}
