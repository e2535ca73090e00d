namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary><c>ticket.no-show</c>: the holder called, the citizen did not come.</summary>
public sealed class NoShowTicketMutator : CloseTicketMutator
{
    /// <inheritdoc />
    public override string Type => TicketMutationTypes.NoShow;

    /// <inheritdoc />
    protected override TicketStatus FinalStatus => TicketStatus.NoShow;
}
