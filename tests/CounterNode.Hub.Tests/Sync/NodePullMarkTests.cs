using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class NodePullMarkTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_pull_is_recorded_in_the_node_record_at_the_next_flush(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var push = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1), outbox.Issue(Guid.NewGuid(), 2)), default);

        await using (var before = db.NewContext())
        {
            var fresh = await before.Nodes.AsNoTracking().SingleAsync(n => n.NodeId == TestNodes.Counter1);
            Assert.Equal(0, fresh.LastPulledVersion);
            Assert.Null(fresh.LastPulledAtMs);
        }

        _time.Advance(TimeSpan.FromSeconds(3));
        var page = await engine.PullAsync(Counter1, new PullRequest(SyncProtocol.Version, TestNodes.Counter1, 0, 1), default);
        Assert.True(page.HasMore);
        Assert.Equal(1, await engine.PullMarks.FlushAsync(db.Contexts, default));

        await using (var afterFirstPage = db.NewContext())
        {
            var node = await afterFirstPage.Nodes.AsNoTracking().SingleAsync(n => n.NodeId == TestNodes.Counter1);
            Assert.Equal(page.Cursor, node.LastPulledVersion);
            Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), node.LastPulledAtMs);
        }

        _time.Advance(TimeSpan.FromSeconds(5));
        var rest = await engine.PullAsync(Counter1, new PullRequest(SyncProtocol.Version, TestNodes.Counter1, page.Cursor, 100), default);
        Assert.Equal(1, await engine.PullMarks.FlushAsync(db.Contexts, default));
        Assert.Equal(0, await engine.PullMarks.FlushAsync(db.Contexts, default));

        await using var after = db.NewContext();
        var nodes = await after.Nodes.AsNoTracking().ToDictionaryAsync(n => n.NodeId);
        Assert.Equal(push.HubVersion, rest.Cursor);
        Assert.Equal(push.HubVersion, nodes[TestNodes.Counter1].LastPulledVersion);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), nodes[TestNodes.Counter1].LastPulledAtMs);
        // Nodes that did not pull keep their empty mark.
        Assert.All(nodes.Values.Where(n => n.NodeId != TestNodes.Counter1), n => Assert.Null(n.LastPulledAtMs));
    }

    [Fact]
    public async Task A_version_1_database_is_upgraded_in_place_and_keeps_its_nodes()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);

        // Turn it into what the previous build created: no pull-mark columns, schema version 1.
        await using (var connection = new SqliteConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                ALTER TABLE nodes DROP COLUMN last_pulled_at_ms; ALTER TABLE nodes DROP COLUMN last_pulled_version;
                ALTER TABLE number_series DROP COLUMN reserve_floor;
                CREATE INDEX ix_entities_scope ON entities (scope, type, id); UPDATE schema_info SET version = 1;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using (var context = db.NewContext())
            await HubDatabaseInitializer.InitializeAsync(context, TestNodes.Seeds, default);

        await using var check = db.NewContext();
        Assert.Equal(SchemaInfoRecord.CurrentVersion, (await check.SchemaInfo.AsNoTracking().SingleAsync()).Version);
        var node = await check.Nodes.AsNoTracking().SingleAsync(n => n.NodeId == TestNodes.Counter1);
        Assert.Equal(1, node.LastApplied);
        Assert.Equal(0, node.LastPulledVersion);
        Assert.Null(node.LastPulledAtMs);
        Assert.Equal(0L, await check.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'ix_entities_scope'").SingleAsync());
        Assert.Empty(await check.NumberSeries.AsNoTracking().ToListAsync()); // reads reserve_floor (added by step 2 → 3)
    }

    [Fact]
    public async Task A_database_newer_than_this_build_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var context = db.NewContext())
            await context.Database.ExecuteSqlRawAsync("UPDATE schema_info SET version = 99");

        await using var again = db.NewContext();
        var error = await Assert.ThrowsAsync<SchemaVersionMismatchException>(() => HubDatabaseInitializer.InitializeAsync(again, TestNodes.Seeds, default));
        Assert.Equal(99, error.Found);
    }
}
