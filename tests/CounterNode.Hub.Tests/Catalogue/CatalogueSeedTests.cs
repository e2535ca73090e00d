using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Catalogue;

public sealed class CatalogueSeedTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));

    internal static string RepoSeedFile([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CounterNode.sln")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Hub", "Catalogue", "sample-center.json");
    }

    private static CatalogueSeeder Seeder(HubMutationIssuer issuer, CatalogueReader reader, string file) =>
        new(issuer, reader, Microsoft.Extensions.Options.Options.Create(new CatalogueOptions { SeedFile = file }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, NullLogger<CatalogueSeeder>.Instance);

    [Fact]
    public async Task The_first_start_seeds_the_sample_center_once_and_a_node_pulls_it()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);
        var reader = new CatalogueReader(db.Contexts);

        await Seeder(issuer, reader, RepoSeedFile()).StartAsync(default);
        var first = await reader.ReadAsync(default);
        await Seeder(issuer, reader, RepoSeedFile()).StartAsync(default); // second start: untouched

        var view = CatalogueView.From(await reader.ReadAsync(default));
        Assert.Equal(["A", "B", "C", "D", "E"], view.Services.Select(s => s.Prefix));
        Assert.Equal(ServicePriority.Interleaved, view.Services.Single(s => s.Prefix == "C").Priority);
        Assert.Equal(7, view.Procedures.Count);
        Assert.Equal([1, 2, 3, 4], view.Counters.Select(c => c.Number));
        Assert.Equal(6, view.Departments.Count);
        Assert.Contains(view.PriorityCategories, p => p is { Id: "nguoi-cao-tuoi", Name: "Người cao tuổi" });
        Assert.All(view.Officers, o => Assert.True(o.HasBadge));
        Assert.Equal("07:00", view.Center!.WorkingHours[0].From);
        var cb = first.Get<OfficerEntity>(CatalogueEntityTypes.Officer, "cb-stp-01")!;
        Assert.True(CredentialHash.Verify("1234", cb.PinHash));
        Assert.True(CredentialHash.Verify("DEMOSTPLAN2026AA", cb.BadgeHash));

        await using (var context = db.NewContext())
        {
            // One put per entry, issued once: the second start added nothing.
            var entries = await context.Entities.CountAsync(e => e.Type.StartsWith("catalogue."));
            Assert.Equal(1 + 6 + 4 + 5 + 7 + 4 + 6, entries);
            Assert.Equal(entries, await context.AppliedMutations.CountAsync(m => m.NodeId == HubMutationIssuer.HubNodeId));
            // The badge barcodes of the seed file are stored hashed only.
            Assert.False(await context.Entities.AnyAsync(e => e.Data != null && e.Data.Contains("DEMOSTPLAN2026AA")));
        }

        var pull = await engine.PullAsync(TestNodes.Identity(TestNodes.Counter1), new PullRequest(SyncProtocol.Version, TestNodes.Counter1, 0, 1000), default);
        Assert.Equal(5, pull.Changes.Count(c => c.EntityType == CatalogueEntityTypes.Service));
        Assert.Single(pull.Changes, c => c.EntityType == CatalogueEntityTypes.Center);
    }

    [Fact]
    public async Task A_seed_cut_short_resumes_and_a_removed_entry_is_not_brought_back()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);
        var reader = new CatalogueReader(db.Contexts);
        var entries = await CatalogueSeedReader.ReadAsync(RepoSeedFile(), default);
        // The Hub was killed after the first ten puts of its first start.
        foreach (var entry in entries.Take(10))
        {
            await issuer.IssueAsync(CatalogueMutationTypes.Put,
                new { entityType = entry.EntityType, id = entry.Id, data = Shared.Sync.Mutators.MutatorJson.ToElement(entry.Data) }, "seed", default);
        }

        await Seeder(issuer, reader, RepoSeedFile()).StartAsync(default);

        Assert.Equal(entries.Count, (await reader.WrittenKeysAsync(default)).Count);
        await using (var context = db.NewContext())
            Assert.Equal(entries.Count, await context.AppliedMutations.CountAsync(m => m.NodeId == HubMutationIssuer.HubNodeId));

        await issuer.IssueAsync(CatalogueMutationTypes.Remove, new CatalogueRemovePayload(CatalogueEntityTypes.Service, "E"), "admin", default);
        await Seeder(issuer, reader, RepoSeedFile()).StartAsync(default);
        Assert.Null((await reader.ReadAsync(default)).Find(CatalogueEntityTypes.Service, "E"));
    }

    [Fact]
    public async Task A_bad_seed_file_stops_the_start_and_stores_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);
        var reader = new CatalogueReader(db.Contexts);
        var file = Path.Combine(Path.GetTempPath(), $"cn-bad-seed-{Guid.NewGuid():N}.json");
        // The last service names a department that does not exist: found by the dry run before any put.
        var text = (await File.ReadAllTextAsync(RepoSeedFile())).Replace("\"departments\": [\n        \"STNMT\",", "\"departments\": [\n        \"NOPE\",", StringComparison.Ordinal);
        Assert.Contains("NOPE", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidCatalogueSeedException>(() => Seeder(issuer, reader, file).StartAsync(default));
            Assert.Contains("catalogue.reference-not-found", error.Message, StringComparison.Ordinal);
            Assert.True(await reader.NeverWrittenAsync(default));

            await File.WriteAllTextAsync(file, "{ not json");
            await Assert.ThrowsAsync<InvalidCatalogueSeedException>(() => Seeder(issuer, reader, file).StartAsync(default));
            Assert.True(await reader.NeverWrittenAsync(default));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_counter_node_pushing_a_catalogue_change_is_refused_and_nothing_is_stored()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var put = outbox.Add(CatalogueMutationTypes.Put, new
        {
            entityType = CatalogueEntityTypes.Department,
            id = "STP",
            data = new DepartmentEntity("STP", "Sở Tư pháp"),
        });

        var response = await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(put), default);

        var outcome = Assert.Single(response.Outcomes);
        Assert.Equal((MutationStatus.Rejected, CatalogueHubOnlyException.ErrorCode), (outcome.Status, outcome.ReasonCode));
        await using var context = db.NewContext();
        Assert.False(await context.Entities.AnyAsync(e => e.Type.StartsWith("catalogue.")));
        Assert.Equal(0, await context.ChangeLog.CountAsync());
    }
}
