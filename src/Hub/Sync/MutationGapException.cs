namespace CounterNode.Hub.Sync;

/// <summary>The batch skips mutation ids: the Hub has applied up to <see cref="LastApplied"/> but the batch starts later.</summary>
public sealed class MutationGapException(string nodeId, long lastApplied, long first)
    : SyncRequestException($"Node '{nodeId}': the Hub has applied mutations up to {lastApplied}; the batch starts at {first}. Push from {lastApplied + 1}.")
{
    public long LastApplied { get; } = lastApplied;

    public long First { get; } = first;

    public override int StatusCode => StatusCodes.Status409Conflict;

    public override string Title => "Gap in mutation ids";
}
