namespace CounterNode.Hub.Sync;

/// <summary>The body is not valid JSON of the expected shape, or breaks a protocol rule (e.g. non-consecutive ids).</summary>
public sealed class MalformedSyncRequestException(string message) : SyncRequestException(message)
{
    public override int StatusCode => StatusCodes.Status400BadRequest;

    public override string Title => "Malformed sync request";
}
