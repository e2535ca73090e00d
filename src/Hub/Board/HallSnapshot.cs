namespace CounterNode.Hub.Board;

/// <summary>What the public hall display shows: ticket numbers and counts only.</summary>
/// <param name="Version">Change-log version it reflects.</param>
/// <param name="Current">The latest call (shown in large type), if any.</param>
/// <param name="LastCallPerCounter">The latest call of each counter, by counter number.</param>
/// <param name="Waiting">Waiting count per prefix.</param>
public sealed record HallSnapshot(long Version, CallView? Current, IReadOnlyList<CallView> LastCallPerCounter, IReadOnlyList<HallQueueView> Waiting);
