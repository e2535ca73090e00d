namespace CounterNode.Node.Kiosk;

/// <summary>What the kiosk answers and shows after printing (no personal data).</summary>
/// <param name="TicketId">Ticket id.</param>
/// <param name="TicketNumber">The printed number, e.g. "A007".</param>
/// <param name="Service">Service prefix.</param>
/// <param name="ServiceName">Vietnamese service name.</param>
/// <param name="CounterHint">Where it will be called.</param>
/// <param name="PeopleAhead">Tickets of the service waiting before it.</param>
/// <param name="EstimatedWaitMinutes">Estimated wait, whole minutes (rounded up).</param>
/// <param name="IssuedAt">Issue time.</param>
/// <param name="Priority">Vietnamese priority category, if any.</param>
/// <param name="NumberSource">Where the number came from (hub or reserve).</param>
/// <param name="PrintJobId">The print job, or null when this node has no printer configured.</param>
public sealed record IssuedTicket(
    Guid TicketId,
    string TicketNumber,
    string Service,
    string ServiceName,
    string CounterHint,
    int PeopleAhead,
    int EstimatedWaitMinutes,
    DateTimeOffset IssuedAt,
    string? Priority,
    string NumberSource,
    long? PrintJobId);
