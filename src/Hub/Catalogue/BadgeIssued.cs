namespace CounterNode.Hub.Catalogue;

/// <summary>A new badge: <see cref="Badge"/> is shown ONCE for printing; only its hash is kept.</summary>
public sealed record BadgeIssued(string OfficerId, string Badge, long Version)
{
    /// <summary>The officer's concurrency token after the new badge: the <c>If-Match</c> of the next edit of that officer.</summary>
    public string Token { get; init; } = Shared.Catalogue.CatalogueEntryToken.Absent;
}
