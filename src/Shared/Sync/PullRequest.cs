namespace CounterNode.Shared.Sync;

/// <summary>Asks for the changes in the node's scope after <paramref name="Cursor"/> (a change-log version).</summary>
public sealed record PullRequest(int ProtocolVersion, string NodeId, long Cursor, int Limit);
