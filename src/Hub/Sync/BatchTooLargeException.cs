namespace CounterNode.Hub.Sync;

/// <summary>The push carries too many mutations or too many bytes.</summary>
public sealed class BatchTooLargeException(string message) : SyncRequestException(message)
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;

    public override string Title => "Push too large";
}
