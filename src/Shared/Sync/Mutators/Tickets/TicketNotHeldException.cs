using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>A counter acts on a ticket that is not called by it (another counter's call won, or it was never called).</summary>
public sealed class TicketNotHeldException(Guid ticketId, int counter, int? holder)
    : DomainException("ticket.not-held",
        holder is { } h
            ? $"Ticket {ticketId} is held by counter {h}, not counter {counter}."
            : $"Ticket {ticketId} is not called by any counter; counter {counter} cannot close it.",
        holder is { } hv ? $"Số thứ tự này đang được quầy {hv} phục vụ." : "Số thứ tự này chưa được gọi.")
{
    /// <summary>The ticket.</summary>
    public Guid TicketId { get; } = ticketId;

    /// <summary>The counter that tried.</summary>
    public int Counter { get; } = counter;

    /// <summary>The counter whose call stands, if any.</summary>
    public int? Holder { get; } = holder;
}
