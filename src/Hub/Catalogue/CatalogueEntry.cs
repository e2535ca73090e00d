namespace CounterNode.Hub.Catalogue;

/// <summary>One catalogue entry to write with <c>catalogue.put</c>.</summary>
/// <param name="EntityType">A <see cref="Shared.Catalogue.CatalogueEntityTypes"/> value.</param>
/// <param name="Id">Entry id.</param>
/// <param name="Data">The record (serialised as the payload's <c>data</c>).</param>
public sealed record CatalogueEntry(string EntityType, string Id, object Data);
