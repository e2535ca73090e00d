namespace CounterNode.Node.Storage;

/// <summary>An entity of the local view changed (after commit).</summary>
/// <param name="Key">Which entity.</param>
/// <param name="Entity">Its new state, or null when it is gone.</param>
/// <param name="Origin">Local mutation or sync.</param>
public sealed record EntityChanged(EntityKey Key, ReplicaEntity? Entity, ChangeOrigin Origin) : ReplicaNotification;
