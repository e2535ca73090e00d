namespace CounterNode.Shared.Sync;

/// <summary>A page of a bootstrap snapshot; entities carry the version that last changed them.</summary>
public sealed record BootstrapResponse(
    IReadOnlyList<EntityChange> Entities,
    string? NextKey,
    bool HasMore,
    long SnapshotVersion,
    long LastApplied);
