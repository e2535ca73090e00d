namespace CounterNode.Hub.Catalogue;

/// <summary>An officer as the admin page sees it: no hashes, only whether a badge exists.</summary>
public sealed record OfficerView(string Id, string Name, string Title, string Department, string Phone, bool Active, bool HasBadge);
