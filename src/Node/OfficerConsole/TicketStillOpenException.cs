using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Call next while the counter still holds a called ticket: finish it or mark it no-show first, so no ticket is left dangling.</summary>
public sealed class TicketStillOpenException(string ticketNumber)
    : DomainException("queue.ticket-still-open", $"Ticket {ticketNumber} is still open at this counter.",
        $"Số {ticketNumber} đang được phục vụ. Hãy kết thúc hoặc đánh dấu vắng mặt trước khi gọi số tiếp theo.")
{
    /// <summary>The open ticket.</summary>
    public string TicketNumber { get; } = ticketNumber;
}
