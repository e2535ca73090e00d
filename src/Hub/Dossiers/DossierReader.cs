using System.Globalization;
using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Dossiers.Transfer;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Read side of the dossiers at the Hub: read-only, no tracking, over the current entity states
/// the mutators wrote. Nothing here changes a row — every change goes through
/// <see cref="Sync.HubMutationIssuer"/>. The full entities hold personal data: callers show them
/// to the owning department only and never log them.
/// </summary>
public sealed class DossierReader(IDbContextFactory<HubDbContext> contexts, ILogger<DossierReader> logger)
{
    // Compact JSON as written by MutatorJson; the filters are coarse and every row is checked again after reading.
    private const string ReceivedMarker = "\"state\":\"received\"";

    /// <summary>Dossiers still waiting to go to their department (state Received).</summary>
    public async Task<IReadOnlyList<DossierEntity>> GetAwaitingTransferAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => e.Type == DossierEntityTypes.Dossier && e.Data != null && e.Data.Contains(ReceivedMarker))
            .Select(e => new { e.Id, e.Data })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Read(r.Id, r.Data)).OfType<DossierEntity>().Where(d => d.State == DossierState.Received).OrderBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>Every dossier of a department (its scope <c>dept:CODE</c>), by code.</summary>
    public async Task<IReadOnlyList<DossierEntity>> GetDepartmentDossiersAsync(string department, CancellationToken cancellationToken)
    {
        var scope = SyncScope.Department(department);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => e.Scope == scope && e.Type == DossierEntityTypes.Dossier && e.Data != null)
            .Select(e => new { e.Id, e.Data })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Read(r.Id, r.Data)).OfType<DossierEntity>().OrderBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>One dossier by code, or null.</summary>
    public async Task<DossierEntity?> FindAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var data = await db.Entities.AsNoTracking()
            .Where(e => e.Type == DossierEntityTypes.Dossier && e.Id == code)
            .Select(e => e.Data)
            .FirstOrDefaultAsync(cancellationToken);
        return Read(code, data);
    }

    /// <summary>The dossiers of one transfer batch of a department, by code.</summary>
    public async Task<IReadOnlyList<DossierEntity>> GetBatchAsync(string department, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batchId);
        var all = await GetDepartmentDossiersAsync(department, cancellationToken);
        return [.. all.Where(d => string.Equals(d.TransferBatch, batchId, StringComparison.Ordinal))];
    }

    /// <summary>The dossiers of a department received on <paramref name="day"/> (the code carries the reception date).</summary>
    public async Task<IReadOnlyList<DossierEntity>> GetReceivedOnAsync(string department, DateOnly day, CancellationToken cancellationToken)
    {
        var marker = "-" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "-";
        var scope = SyncScope.Department(department);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => e.Scope == scope && e.Type == DossierEntityTypes.Dossier && e.Id.Contains(marker) && e.Data != null)
            .Select(e => new { e.Id, e.Data })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => Read(r.Id, r.Data)).OfType<DossierEntity>().OrderBy(d => d.ReceivedAt).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>The public-safe statuses of every dossier not yet closed (for the board's deadlines).</summary>
    public async Task<IReadOnlyList<DossierStatusEntity>> GetOpenStatusesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Entities.AsNoTracking()
            .Where(e => e.Type == DossierEntityTypes.Status && e.Data != null
                && !e.Data.Contains("\"state\":\"returned\"") && !e.Data.Contains("\"state\":\"refused\""))
            .Select(e => new { e.Id, e.Data })
            .ToListAsync(cancellationToken);
        var result = new List<DossierStatusEntity>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                if (JsonSerializer.Deserialize<DossierStatusEntity>(row.Data!, MutatorJson.Options) is { } status)
                    result.Add(status);
            }
            catch (JsonException)
            {
                DossierHubLog.UnreadableDossier(logger, row.Id);
            }
        }

        return result;
    }

    /// <summary>The center's catalogue entry, or null before the catalogue is seeded.</summary>
    public async Task<CenterEntity?> GetCenterAsync(CancellationToken cancellationToken)
    {
        var data = await GetCatalogueDataAsync(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, cancellationToken);
        try
        {
            return data is null ? null : JsonSerializer.Deserialize<CenterEntity>(data, MutatorJson.Options);
        }
        catch (JsonException)
        {
            DossierHubLog.UnreadableDossier(logger, CatalogueEntityTypes.Center);
            return null;
        }
    }

    /// <summary>A department's display name from the catalogue, or its code when unknown.</summary>
    public async Task<string> GetDepartmentNameAsync(string department, CancellationToken cancellationToken)
    {
        var data = await GetCatalogueDataAsync(CatalogueEntityTypes.Department, department, cancellationToken);
        try
        {
            return data is not null && JsonSerializer.Deserialize<DepartmentEntity>(data, MutatorJson.Options) is { } entity ? entity.Name : department;
        }
        catch (JsonException)
        {
            return department;
        }
    }

    /// <summary>The batching view of a dossier (no personal data).</summary>
    public static PendingTransfer ToPending(DossierEntity dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new PendingTransfer(dossier.Code, dossier.Department, dossier.ReceivedAt, dossier.Reception.Electronic);
    }

    private async Task<string?> GetCatalogueDataAsync(string type, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Entities.AsNoTracking()
            .Where(e => e.Type == type && e.Id == id)
            .Select(e => e.Data)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private DossierEntity? Read(string id, string? data)
    {
        if (data is null)
            return null;
        try
        {
            return JsonSerializer.Deserialize<DossierEntity>(data, MutatorJson.Options);
        }
        catch (JsonException)
        {
            // One unreadable row must not hide the others; its code is no personal data.
            DossierHubLog.UnreadableDossier(logger, id);
            return null;
        }
    }
}
