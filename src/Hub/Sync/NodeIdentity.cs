namespace CounterNode.Hub.Sync;

/// <summary>An authenticated node and the scopes it may pull.</summary>
public sealed record NodeIdentity(string NodeId, IReadOnlyList<string> Scopes);
