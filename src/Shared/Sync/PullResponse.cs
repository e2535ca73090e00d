using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync;

/// <summary>
/// Changes after the requested cursor, in version order. <see cref="Cursor"/> is where the next
/// pull starts; <see cref="HasMore"/> says to pull again at once. When <see cref="ResetRequired"/>
/// is true the cursor is older than the retained history and the node must bootstrap.
/// </summary>
public sealed record PullResponse(
    IReadOnlyList<EntityChange> Changes,
    long Cursor,
    bool HasMore,
    long LastApplied,
    bool ResetRequired,
    HybridTimestamp HubClock);
