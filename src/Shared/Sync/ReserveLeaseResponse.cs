namespace CounterNode.Shared.Sync;

/// <summary>A leased block: numbers <paramref name="First"/>..<paramref name="Last"/> belong to the node alone.</summary>
public sealed record ReserveLeaseResponse(NumberSeries Series, string NodeId, int First, int Last);
