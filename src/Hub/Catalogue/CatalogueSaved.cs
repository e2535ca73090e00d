using System.Text.Json;

namespace CounterNode.Hub.Catalogue;

/// <summary>Answer to a successful edit: the change-log version that carries it to the nodes.</summary>
/// <param name="EntityType">Entity type written.</param>
/// <param name="Id">Entry id.</param>
/// <param name="Version">Change-log version of the change.</param>
/// <param name="Data">The stored (canonical) entry; null after a removal or for officers (hashes stay at the Hub).</param>
public sealed record CatalogueSaved(string EntityType, string Id, long Version, JsonElement? Data)
{
    /// <summary>The entry's concurrency token after this edit (<c>absent</c> after a removal): the <c>If-Match</c> of the next edit.</summary>
    public string Token { get; init; } = Shared.Catalogue.CatalogueEntryToken.Absent;
}
