namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Payload of <c>ticket.transfer</c>: the holding counter sends its called ticket to another service's queue.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Counter">The counter holding it.</param>
/// <param name="ToService">Prefix of the service whose queue it joins.</param>
public sealed record TransferTicketPayload(Guid TicketId, int Counter, string ToService);
