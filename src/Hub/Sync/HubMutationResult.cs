namespace CounterNode.Hub.Sync;

/// <summary>A Hub-originated mutation that was applied: its global id and the change-log version after it.</summary>
public sealed record HubMutationResult(Guid MutationId, long Version);
