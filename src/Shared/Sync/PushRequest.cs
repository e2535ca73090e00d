namespace CounterNode.Shared.Sync;

/// <summary>A batch of outbox entries, in mutation-id order, sent by one node.</summary>
public sealed record PushRequest(int ProtocolVersion, string NodeId, IReadOnlyList<Mutation> Mutations);
