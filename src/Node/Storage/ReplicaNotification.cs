namespace CounterNode.Node.Storage;

/// <summary>Something in the replica changed that the rest of the node may want to show.</summary>
public abstract record ReplicaNotification;
