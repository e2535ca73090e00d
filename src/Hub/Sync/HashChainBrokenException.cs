namespace CounterNode.Hub.Sync;

/// <summary>
/// A mutation does not link to the previous one (its previous hash differs) or reuses an id
/// the Hub holds with other content: the outbox history was altered or lost.
/// </summary>
public sealed class HashChainBrokenException(long mutationId, string message) : SyncRequestException(message)
{
    public long MutationId { get; } = mutationId;

    public override int StatusCode => StatusCodes.Status409Conflict;

    public override string Title => "Outbox hash chain broken";
}
