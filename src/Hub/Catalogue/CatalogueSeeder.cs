using CounterNode.Hub.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// On the Hub's first start (the catalogue was never written) issues one <c>catalogue.put</c>
/// per seed entry through <see cref="HubMutationIssuer"/>, so the seed reaches nodes exactly like
/// an administrator's edit. The puts are separate mutations, so a Hub killed mid-seed resumes on
/// its next start: when every entry written so far belongs to the seed and some are missing, the
/// missing ones are written. Runs after the database is initialised (registered after the sync engine).
/// </summary>
internal sealed class CatalogueSeeder(
    HubMutationIssuer issuer,
    CatalogueReader reader,
    IOptions<CatalogueOptions> options,
    IHostEnvironment environment,
    ILogger<CatalogueSeeder> logger) : IHostedService
{
    /// <summary>Recorded as the officer of seeded entries.</summary>
    public const string SeedUser = "seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnFirstStart)
        {
            CatalogueLog.SeedingOff(logger, CatalogueOptions.SectionName + ":SeedOnFirstStart");
            return;
        }

        var path = options.Value.ResolveSeedFile(environment.ContentRootPath)
            ?? throw new InvalidCatalogueSeedException(options.Value.SeedFile, "the file does not exist.");
        var written = await reader.WrittenKeysAsync(cancellationToken);
        var entries = await CatalogueSeedReader.ReadAsync(path, cancellationToken);
        // Already seeded unless what exists is a strict part of this seed (a first start cut short).
        if (written.Count > 0 && !written.IsProperSubsetOf(entries.Select(e => (e.EntityType, e.Id))))
        {
            CatalogueLog.AlreadySeeded(logger);
            return;
        }

        DryRun(path, entries);
        // A seed cut short (the Hub killed mid-way) resumes with the entries never written; an
        // entry that exists or was removed since is left alone.
        var todo = entries.Where(e => !written.Contains((e.EntityType, e.Id))).ToList();
        if (written.Count > 0)
            CatalogueLog.Resuming(logger, todo.Count, entries.Count);
        long version = 0;
        foreach (var entry in todo)
        {
            try
            {
                var payload = new { entityType = entry.EntityType, id = entry.Id, data = MutatorJson.ToElement(entry.Data) };
                version = (await issuer.IssueAsync(CatalogueMutationTypes.Put, payload, SeedUser, cancellationToken)).Version;
            }
            catch (HubMutationRejectedException ex)
            {
                // Entries before this one stay (they are valid); the Hub stops so the file gets fixed.
                throw new InvalidCatalogueSeedException(path, $"{entry.EntityType}/{entry.Id} refused ({ex.ReasonCode}): {ex.Reason}", ex);
            }
        }

        CatalogueLog.Seeded(logger, path, todo.Count, version);
    }

    // Checks the whole file before the first put: a bad entry must not leave half a catalogue
    // that the next start would then take for a seeded one.
    private static void DryRun(string path, IReadOnlyList<CatalogueEntry> entries)
    {
        var session = new BufferedEntitySession((_, _) => null);
        foreach (var entry in entries)
        {
            try
            {
                var data = CatalogueEntryValidator.Normalise(entry.EntityType, entry.Id, MutatorJson.ToElement(entry.Data), session);
                session.Put(entry.EntityType, entry.Id, Shared.Sync.Scopes.SyncScope.Center, data);
            }
            catch (Shared.Errors.DomainException ex)
            {
                throw new InvalidCatalogueSeedException(path, $"{entry.EntityType}/{entry.Id} is invalid ({ex.Code}): {ex.Message}", ex);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
