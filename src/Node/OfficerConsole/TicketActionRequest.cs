namespace CounterNode.Node.OfficerConsole;

/// <summary>Optional body of finish / no-show: a specific ticket instead of the one held.</summary>
/// <param name="TicketId">The ticket.</param>
public sealed record TicketActionRequest(Guid? TicketId);
