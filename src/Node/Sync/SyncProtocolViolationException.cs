namespace CounterNode.Node.Sync;

/// <summary>
/// The Hub answered something the protocol does not allow (a page that says "more" without a
/// way to get it, a reset right after a bootstrap, a lease for another series). Nothing was
/// stored from that answer; retrying later is safe, but an operator should look.
/// </summary>
public sealed class SyncProtocolViolationException(string operation, string problem)
    : Exception($"Protocol violation by the Hub during {operation}: {problem}")
{
    /// <summary>Which protocol step.</summary>
    public string Operation { get; } = operation;
}
