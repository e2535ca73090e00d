namespace CounterNode.Hub.Catalogue;

/// <summary>An officer as edited on the admin page. <see cref="Pin"/> is required for a new officer and optional otherwise (kept when null).</summary>
public sealed record OfficerEdit(string? Name, string? Title, string? Department, string? Phone, bool Active = true, string? Pin = null);
