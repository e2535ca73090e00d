using System.Globalization;
using System.Text.Json;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Catalogue;

/// <summary>Turns a seed file into catalogue entries in write order (referenced types first).</summary>
public static class CatalogueSeedReader
{
    /// <exception cref="InvalidCatalogueSeedException">The file is unreadable or not shaped like a seed.</exception>
    public static async Task<IReadOnlyList<CatalogueEntry>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        CatalogueSeedDocument? document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonSerializer.DeserializeAsync<CatalogueSeedDocument>(stream, MutatorJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidCatalogueSeedException(path, ex.Message, ex);
        }

        return document is null ? throw new InvalidCatalogueSeedException(path, "the file is empty.") : ToEntries(path, document);
    }

    /// <summary>The entries of a seed document; badge barcodes are hashed here (a fresh salt each time).</summary>
    public static IReadOnlyList<CatalogueEntry> ToEntries(string path, CatalogueSeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var c = document.Center;
        if (c.WorkingHours.Any(p => p.Count != 2))
            throw new InvalidCatalogueSeedException(path, "center.workingHours must be pairs [\"from\", \"to\"].");
        var entries = new List<CatalogueEntry>
        {
            new(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, new CenterEntity(
                c.Name, c.AgencyCode, [.. c.WorkingHours.Select(p => new WorkingPeriod(p[0], p[1]))], c.CutOff, c.PaperTransferTimes)),
        };
        entries.AddRange(document.Departments.Select(d => new CatalogueEntry(CatalogueEntityTypes.Department, d.Code, d)));
        entries.AddRange(document.PriorityCategories.Select(name =>
        {
            var slug = CatalogueRules.Slugify(name);
            return new CatalogueEntry(CatalogueEntityTypes.PriorityCategory, slug, new PriorityCategoryEntity(slug, name));
        }));
        entries.AddRange(document.Services.Select(s => new CatalogueEntry(CatalogueEntityTypes.Service, s.Prefix, s)));
        entries.AddRange(document.Procedures.Select(p => new CatalogueEntry(CatalogueEntityTypes.Procedure, p.Code, p)));
        entries.AddRange(document.Counters.Select(n => new CatalogueEntry(
            CatalogueEntityTypes.Counter, n.Number.ToString(CultureInfo.InvariantCulture), n)));
        foreach (var o in document.Officers ?? [])
        {
            string? badgeHash = null;
            if (o.Badge is not null)
            {
                if (!OfficerBadge.TryParse(o.Badge, out var badgeOfficer, out var secret) || badgeOfficer != o.Id)
                    throw new InvalidCatalogueSeedException(path, $"officer {o.Id}: badge must be {OfficerBadge.Prefix}{o.Id}:<secret>.");
                badgeHash = CredentialHash.Hash(secret);
            }

            entries.Add(new CatalogueEntry(CatalogueEntityTypes.Officer, o.Id,
                new OfficerEntity(o.Id, o.Name, o.Title, o.Department, o.Phone, o.PinHash, badgeHash, o.Active)));
        }

        return entries;
    }
}
