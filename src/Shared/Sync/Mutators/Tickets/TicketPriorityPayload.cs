using CounterNode.Shared.Tickets;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Payload of <c>ticket.mark-priority</c>: the priority category printed on a ticket.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Category">The category (never who the person is).</param>
public sealed record TicketPriorityPayload(Guid TicketId, PriorityCategory Category);
