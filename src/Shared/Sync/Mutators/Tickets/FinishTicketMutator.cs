namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary><c>ticket.finish</c>: the holder finished serving the ticket.</summary>
public sealed class FinishTicketMutator : CloseTicketMutator
{
    /// <inheritdoc />
    public override string Type => TicketMutationTypes.Finish;

    /// <inheritdoc />
    protected override TicketStatus FinalStatus => TicketStatus.Finished;
}
