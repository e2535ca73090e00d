namespace CounterNode.Node.Storage;

/// <summary>Where the replica stands in the sync protocol.</summary>
/// <param name="NodeId">This node.</param>
/// <param name="Cursor">Change-log version the next pull starts after.</param>
/// <param name="LastApplied">Highest mutation id the Hub has applied, as of the last pull.</param>
/// <param name="PushAcknowledged">Highest mutation id acknowledged by a push answer.</param>
/// <param name="LastMutationId">Highest mutation id issued locally.</param>
/// <param name="PendingCount">Entries waiting in the outbox.</param>
/// <param name="Bootstrapped">True once the node holds a full snapshot of its scope.</param>
public sealed record ReplicaSyncState(
    string NodeId, long Cursor, long LastApplied, long PushAcknowledged, long LastMutationId, int PendingCount, bool Bootstrapped);
