namespace CounterNode.Hub.Sync;

/// <summary>What authentication needs of a node row: its key hash and granted scopes.</summary>
public sealed record NodeCredentials(string KeyHash, IReadOnlyList<string> Scopes);
