using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>A change that only makes sense for a waiting ticket (e.g. marking it as priority) came after its call.</summary>
public sealed class TicketNotWaitingException(Guid ticketId, TicketStatus status)
    : DomainException("ticket.not-waiting", $"Ticket {ticketId} is {status}, not waiting.", "Số thứ tự này không còn ở trạng thái chờ.")
{
    /// <summary>The ticket.</summary>
    public Guid TicketId { get; } = ticketId;

    /// <summary>Its status.</summary>
    public TicketStatus Status { get; } = status;
}
