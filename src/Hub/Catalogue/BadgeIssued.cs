namespace CounterNode.Hub.Catalogue;

/// <summary>A new badge: <see cref="Badge"/> is shown ONCE for printing; only its hash is kept.</summary>
public sealed record BadgeIssued(string OfficerId, string Badge, long Version);
