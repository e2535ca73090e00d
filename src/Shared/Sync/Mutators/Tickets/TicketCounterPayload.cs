namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Payload of <c>ticket.call</c>, <c>ticket.finish</c> and <c>ticket.no-show</c>: which counter acts on which ticket.</summary>
public sealed record TicketCounterPayload(Guid TicketId, int Counter);
