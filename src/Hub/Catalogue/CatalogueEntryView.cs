using System.Text.Json;

namespace CounterNode.Hub.Catalogue;

/// <summary>One catalogue entry as <c>GET /board/api/catalogue/{kind}/{id}</c> answers it (officers without their hashes).</summary>
/// <param name="EntityType">Entity type.</param>
/// <param name="Id">Entry id.</param>
/// <param name="Data">The stored record (an <see cref="OfficerView"/> for officers).</param>
/// <param name="Token">Its concurrency token, also sent as the <c>ETag</c>: the <c>If-Match</c> of an edit based on it.</param>
public sealed record CatalogueEntryView(string EntityType, string Id, JsonElement Data, string Token);
