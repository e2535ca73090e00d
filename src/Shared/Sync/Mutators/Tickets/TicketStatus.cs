namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Where a synced queue ticket is (the sync-level view; the full state machine lives in the queue domain).</summary>
public enum TicketStatus
{
    /// <summary>Printed, not yet called.</summary>
    Waiting,

    /// <summary>Called by a counter.</summary>
    Called,

    /// <summary>Served to the end.</summary>
    Finished,

    /// <summary>Called but the citizen did not come.</summary>
    NoShow,
}
