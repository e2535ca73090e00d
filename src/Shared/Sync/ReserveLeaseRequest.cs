namespace CounterNode.Shared.Sync;

/// <summary>Asks the Hub to lease a block of <paramref name="Size"/> numbers of a series to this node.</summary>
public sealed record ReserveLeaseRequest(int ProtocolVersion, string NodeId, NumberSeries Series, int Size);
