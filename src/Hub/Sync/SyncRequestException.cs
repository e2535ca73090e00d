namespace CounterNode.Hub.Sync;

/// <summary>
/// A sync request the Hub refuses as a whole; nothing it carried was stored. Each subclass is
/// one failure kind with its HTTP status and a stable problem type.
/// </summary>
public abstract class SyncRequestException(string message) : Exception(message)
{
    /// <summary>HTTP status of the problem response.</summary>
    public abstract int StatusCode { get; }

    /// <summary>Short, stable title of the problem response.</summary>
    public abstract string Title { get; }

    /// <summary>Problem type URI (relative; stable per failure kind).</summary>
    public string ProblemType => "urn:counternode:sync:" + GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal);
}
