namespace CounterNode.Shared.Sync;

/// <summary>Online assignment of the next number of a series (the node falls back to its reserve block on timeout).</summary>
public sealed record NumberRequest(int ProtocolVersion, string NodeId, NumberSeries Series);
