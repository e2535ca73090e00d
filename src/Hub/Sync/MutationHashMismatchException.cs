namespace CounterNode.Hub.Sync;

/// <summary>A mutation's hash is not the hash of its content (corrupted or edited in transit or at rest).</summary>
public sealed class MutationHashMismatchException(long mutationId)
    : SyncRequestException($"Mutation {mutationId}: its hash does not match its content.")
{
    public long MutationId { get; } = mutationId;

    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;

    public override string Title => "Mutation hash does not verify";
}
