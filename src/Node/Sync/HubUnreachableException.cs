namespace CounterNode.Node.Sync;

/// <summary>
/// No answer from the Hub (connection refused, timeout, server error). The request may or may
/// not have been processed: every sync request is safe to repeat, and a number the Hub may
/// have assigned is never used (a gap, never a duplicate).
/// </summary>
public sealed class HubUnreachableException : Exception
{
    public HubUnreachableException(string operation, string message, Exception? innerException = null)
        : base($"Hub unreachable during {operation}: {message}", innerException) => Operation = operation;

    /// <summary>Which protocol step failed (push, pull, bootstrap, numbers, reserve).</summary>
    public string Operation { get; }
}
