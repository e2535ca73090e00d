using System.Text.Json;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Rotation;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Rotation;

public sealed class RotationCommandsTests
{
    private readonly FakeTimeProvider _time = new(RotationStates.Local(new DateOnly(2026, 11, 27), 9));

    [Fact]
    public async Task A_schedule_change_is_a_hub_mutation_in_the_counter_scope_poked_to_that_counter_only()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite,
            [.. TestNodes.Seeds, TestNodes.Seed("counter-03", "center", "counter:3")]);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);
        await SeedCatalogueAsync(issuer);
        var commands = new RotationCommands(new RotationReader(db.Contexts), issuer, _time, NullLogger<RotationCommands>.Instance);
        pokes.Pokes.Clear();

        await commands.IssueAsync(RotationMutationTypes.Put,
            new RotationEntry("xd", 3, "SXD", "xd1", [DayOfWeek.Monday], [], HalfDayCoverage.Both, new DateOnly(2026, 11, 1)), "giamdoc", default);

        var poke = Assert.Single(pokes.Pokes);
        Assert.Contains("counter:3", poke.Scopes);
        var counter3 = await engine.PullAsync(new NodeIdentity("counter-03", ["center", "counter:3"]), new PullRequest(SyncProtocol.Version, "counter-03", 0, 500), default);
        var schedule = Assert.Single(counter3.Changes, c => c.EntityType == RotationEntityTypes.Schedule);
        Assert.Equal("counter:3", schedule.Scope);
        var counter1 = await engine.PullAsync(TestNodes.Identity(TestNodes.Counter1), new PullRequest(SyncProtocol.Version, TestNodes.Counter1, 0, 500), default);
        Assert.DoesNotContain(counter1.Changes, c => c.EntityType == RotationEntityTypes.Schedule);
        var state = await new RotationReader(db.Contexts).ReadAsync(default);
        Assert.Equal("xd1", Assert.Single(state.ScheduleOf(3).Entries).Officer);
    }

    [Fact]
    public async Task A_refused_change_comes_back_in_vietnamese_and_nothing_is_issued()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);
        await SeedCatalogueAsync(issuer);
        var commands = new RotationCommands(new RotationReader(db.Contexts), issuer, _time, NullLogger<RotationCommands>.Instance);
        await commands.IssueAsync(RotationMutationTypes.RecordAbsence,
            new RecordAbsencePayload("v1", "xd1", new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), "Ốm"), "giamdoc", default);
        int before;
        await using (var context = db.NewContext())
            before = await context.AppliedMutations.CountAsync();

        var refused = await Assert.ThrowsAsync<ReserveDepartmentMismatchException>(() =>
            commands.IssueAsync(RotationMutationTypes.AssignReserve, new AssignReservePayload("v1", "gt1"), "giamdoc", default));

        Assert.Contains("cùng cơ quan", refused.DisplayMessage, StringComparison.Ordinal);
        await using (var context = db.NewContext())
            Assert.Equal(before, await context.AppliedMutations.CountAsync());
        var state = await new RotationReader(db.Contexts).ReadAsync(default);
        var absence = Assert.Single(state.Absences);
        Assert.Null(absence.Reserve);
        Assert.False(absence.Late); // reported Friday for Monday
    }

    private static async Task SeedCatalogueAsync(HubMutationIssuer issuer)
    {
        async Task Put<T>(string type, string id, T data) =>
            await issuer.IssueAsync(CatalogueMutationTypes.Put, new CataloguePutPayload(type, id, JsonSerializer.SerializeToElement(data, MutatorJson.Options)), "admin", default);
        await Put(CatalogueEntityTypes.Department, "SXD", new DepartmentEntity("SXD", "Sở Xây dựng"));
        await Put(CatalogueEntityTypes.Department, "SGTVT", new DepartmentEntity("SGTVT", "Sở Giao thông vận tải"));
        await Put(CatalogueEntityTypes.Service, "C", new ServiceEntity("C", "Xây dựng", ["SXD"]));
        await Put(CatalogueEntityTypes.Service, "D", new ServiceEntity("D", "Giao thông vận tải", ["SGTVT"]));
        await Put(CatalogueEntityTypes.Counter, "3", new CounterEntity(3, ["C", "D"], ["SXD", "SGTVT"], Shared: true));
        await Put(CatalogueEntityTypes.Officer, "xd1", new OfficerEntity("xd1", "Nguyễn Văn Xây", "Chuyên viên", "SXD", "0260", CredentialHash.Hash("1234", 1)));
        await Put(CatalogueEntityTypes.Officer, "gt1", new OfficerEntity("gt1", "Trần Thị Giao", "Chuyên viên", "SGTVT", "0260", CredentialHash.Hash("1234", 1)));
    }
}
