namespace CounterNode.Node.OfficerConsole;

/// <summary>The ticket the counter is serving.</summary>
/// <param name="TicketId">Ticket id.</param>
/// <param name="TicketNumber">Printed number.</param>
/// <param name="ServiceName">Vietnamese service name.</param>
/// <param name="Status"><c>called</c>, or <c>serving</c> once service started.</param>
/// <param name="Priority">Vietnamese priority category, if any.</param>
/// <param name="IsPending">True while the Hub has not confirmed the call.</param>
public sealed record ConsoleTicket(Guid TicketId, string TicketNumber, string ServiceName, string Status, string? Priority, bool IsPending);
