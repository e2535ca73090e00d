namespace CounterNode.Node.Storage;

/// <summary>The replica was replaced by a fresh snapshot of the Hub; reload everything.</summary>
/// <param name="SnapshotVersion">Change-log version of the snapshot.</param>
public sealed record ReplicaReset(long SnapshotVersion) : ReplicaNotification;
