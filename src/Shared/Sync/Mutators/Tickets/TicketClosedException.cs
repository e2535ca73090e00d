using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>The counter that closed a ticket acts on it again (call, finish or no-show after the end).</summary>
public sealed class TicketClosedException(Guid ticketId, TicketStatus status)
    : DomainException("ticket.closed", $"Ticket {ticketId} is already {status}.", "Số thứ tự này đã kết thúc.")
{
    /// <summary>The ticket.</summary>
    public Guid TicketId { get; } = ticketId;

    /// <summary>Its final status.</summary>
    public TicketStatus Status { get; } = status;
}
