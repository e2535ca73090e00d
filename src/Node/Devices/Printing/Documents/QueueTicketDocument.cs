namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>The queue ticket a citizen takes at the kiosk.</summary>
/// <param name="CenterName">Center name printed at the top.</param>
/// <param name="TicketNumber">The big number, e.g. "A023".</param>
/// <param name="ServiceName">The service (queue) the ticket is for.</param>
/// <param name="CounterHint">Where it will be called, e.g. "Quầy 3, 4".</param>
/// <param name="PeopleAhead">People waiting ahead at issue time.</param>
/// <param name="EstimatedWait">Estimated wait at issue time.</param>
/// <param name="IssuedAt">Issue time (local time of the center).</param>
/// <param name="FollowUrl">Address encoded in the QR code to follow the queue.</param>
/// <param name="PriorityCategory">Priority category, or null for a normal ticket.</param>
public sealed record QueueTicketDocument(
    string CenterName,
    string TicketNumber,
    string ServiceName,
    string CounterHint,
    int PeopleAhead,
    TimeSpan EstimatedWait,
    DateTimeOffset IssuedAt,
    string FollowUrl,
    string? PriorityCategory = null) : IPrintDocument
{
    public string Kind => "queue-ticket";
}
