namespace CounterNode.Shared.Errors;

/// <summary>
/// A waiting ticket "transferred" to the queue it is already in. Recording it would only add a
/// transfer to the ticket's history (and the officer's statistics) with no effect, so it is
/// refused as a likely mistake.
/// </summary>
public sealed class TransferTargetUnchangedException : DomainException
{
    /// <param name="ticketNumber">The ticket number.</param>
    public TransferTargetUnchangedException(string ticketNumber)
        : base(
            "ticket.transfer-target-unchanged",
            $"Ticket {ticketNumber} is already waiting in that queue; choose another service or counter.",
            $"Số thứ tự {ticketNumber} đang chờ ở chính hàng đợi này; hãy chọn dịch vụ hoặc quầy khác.")
    {
        TicketNumber = ticketNumber;
    }

    /// <summary>The ticket number.</summary>
    public string TicketNumber { get; }
}
