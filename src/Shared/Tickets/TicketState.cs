namespace CounterNode.Shared.Tickets;

/// <summary>Where a queue ticket is on its day.</summary>
public enum TicketState
{
    /// <summary>Printed; in the queue of its service (or of one counter after a transfer).</summary>
    Waiting,

    /// <summary>Called to a counter; may be called again (recall).</summary>
    Called,

    /// <summary>The citizen is at the counter.</summary>
    Serving,

    /// <summary>Served to the end (terminal).</summary>
    Done,

    /// <summary>Called but the citizen did not come (terminal).</summary>
    NoShow,

    /// <summary>Withdrawn before service, e.g. the citizen left or a duplicate print (terminal).</summary>
    Cancelled,
}
