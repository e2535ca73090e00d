namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Entity types written by the queue mutators.</summary>
public static class TicketEntityTypes
{
    /// <summary>A queue ticket (<see cref="TicketEntity"/>), keyed by its UUID.</summary>
    public const string Ticket = "ticket";

    /// <summary>Index of printed numbers (<see cref="TicketNumberIndex"/>), keyed by <c>day/prefix/number</c>.</summary>
    public const string TicketNumber = "ticket-number";

    /// <summary>A recorded collision (<see cref="ConflictEntity"/>) shown to the counters involved and the board.</summary>
    public const string Conflict = "conflict";
}
