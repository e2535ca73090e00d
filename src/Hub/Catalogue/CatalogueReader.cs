using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Catalogue;

/// <summary>Reads the catalogue from the Hub's entity table (read-only, no tracking; the catalogue is small).</summary>
public sealed class CatalogueReader(IDbContextFactory<HubDbContext> contexts)
{
    private static readonly string[] Types = [.. CatalogueEntityTypes.All];

    /// <summary>The current catalogue.</summary>
    public Task<CatalogueSnapshot> ReadAsync(CancellationToken cancellationToken) => ReadAsync(Types, cancellationToken);

    /// <summary>The current entries of the given catalogue entity types only (a reader that needs two types does not parse the rest).</summary>
    public async Task<CatalogueSnapshot> ReadAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        var wanted = types.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => wanted.Contains(e.Type) && e.Data != null)
            .Select(e => new { e.Type, e.Id, e.Data })
            .ToListAsync(cancellationToken);
        var entries = rows.ToDictionary(r => (r.Type, r.Id), r => JsonDocument.Parse(r.Data!).RootElement.Clone());
        return new CatalogueSnapshot(entries);
    }

    /// <summary>True when the catalogue was never written (not even a removed entry): the Hub's first start.</summary>
    public async Task<bool> NeverWrittenAsync(CancellationToken cancellationToken) =>
        (await WrittenKeysAsync(cancellationToken)).Count == 0;

    /// <summary>Every catalogue entry ever written, removed ones (tombstones) included.</summary>
    public async Task<IReadOnlySet<(string Type, string Id)>> WrittenKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => Types.Contains(e.Type))
            .Select(e => new { e.Type, e.Id })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Type, r.Id)).ToHashSet();
    }
}
