namespace CounterNode.Hub.Sync;

/// <summary>A well-formed request with an argument out of range (limit, cursor, series key, block size).</summary>
public sealed class InvalidSyncArgumentException(string message) : SyncRequestException(message)
{
    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;

    public override string Title => "Invalid sync argument";
}
