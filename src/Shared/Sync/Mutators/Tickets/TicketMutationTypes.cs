namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Mutation type names of the queue.</summary>
public static class TicketMutationTypes
{
    /// <summary>A ticket was printed (a fact).</summary>
    public const string Issue = "ticket.issue";

    /// <summary>A counter calls a ticket (a decision).</summary>
    public const string Call = "ticket.call";

    /// <summary>The counter finished serving the ticket.</summary>
    public const string Finish = "ticket.finish";

    /// <summary>The citizen did not come when called.</summary>
    public const string NoShow = "ticket.no-show";
}
