using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Rotation;

/// <summary>Reads the catalogue and rotation entities from the Hub's entity table (read-only, no tracking; both are small).</summary>
public sealed class RotationReader(IDbContextFactory<HubDbContext> contexts)
{
    private static readonly string[] Types =
    [
        CatalogueEntityTypes.Department, CatalogueEntityTypes.Officer, CatalogueEntityTypes.Counter, CatalogueEntityTypes.Service,
        RotationEntityTypes.Schedule, RotationEntityTypes.Absence, RotationEntityTypes.OfficerAbsences,
    ];

    /// <summary>The current state.</summary>
    public async Task<RotationState> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => Types.Contains(e.Type) && e.Data != null)
            .Select(e => new { e.Type, e.Id, e.Data })
            .ToListAsync(cancellationToken);
        var entities = new Dictionary<(string, string), JsonElement>(rows.Count);
        foreach (var row in rows)
        {
            using var document = JsonDocument.Parse(row.Data!);
            entities[(row.Type, row.Id)] = document.RootElement.Clone();
        }

        return new RotationState(entities);
    }
}
