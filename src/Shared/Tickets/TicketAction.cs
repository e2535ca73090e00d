namespace CounterNode.Shared.Tickets;

/// <summary>What can happen to a ticket; each is a row of <see cref="TicketStateMachine.Transitions"/>.</summary>
public enum TicketAction
{
    /// <summary>A counter calls the ticket.</summary>
    Call,

    /// <summary>The counter calls it again (the citizen has not come yet).</summary>
    Recall,

    /// <summary>The citizen arrived; service starts.</summary>
    StartServing,

    /// <summary>Service finished.</summary>
    Complete,

    /// <summary>The citizen did not come after the call(s).</summary>
    MarkNoShow,

    /// <summary>Send the ticket to another service's queue or to a given counter, keeping its issue time and priority.</summary>
    Transfer,

    /// <summary>Withdraw the ticket before service.</summary>
    Cancel,
}
