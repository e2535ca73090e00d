using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class ChangeLogVerifyTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    private async Task<(TestDatabase Db, HubSyncEngine Engine, long Head)> SeedAsync(DatabaseProvider provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var push = await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1),
            outbox.Push([.. Enumerable.Range(1, 4).Select(i => outbox.Issue(Guid.NewGuid(), i))]), default);
        return (db, engine, push.HubVersion);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task An_untouched_log_verifies(DatabaseProvider provider)
    {
        var (db, engine, head) = await SeedAsync(provider);
        await using var _ = db;
        var result = await engine.VerifyChangeLogAsync(default);
        Assert.True(result.IsIntact);
        Assert.Equal(head, result.EntriesChecked);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task An_entry_edited_with_raw_sql_is_reported_at_its_version(DatabaseProvider provider)
    {
        var (db, engine, _) = await SeedAsync(provider);
        await using var __ = db;
        await using (var c = db.NewContext())
        {
            var forged = "{\"number\":999}";
            await c.Database.ExecuteSqlAsync($"UPDATE change_log SET data = {forged} WHERE version = 3");
        }

        var result = await engine.VerifyChangeLogAsync(default);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenVersion);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task An_entry_deleted_with_raw_sql_is_reported(DatabaseProvider provider)
    {
        var (db, engine, _) = await SeedAsync(provider);
        await using var __ = db;
        await using (var c = db.NewContext())
            await c.Database.ExecuteSqlRawAsync("DELETE FROM change_log WHERE version = 2");

        var result = await engine.VerifyChangeLogAsync(default);

        Assert.Equal(2, result.FirstBrokenVersion);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Removing_the_newest_entries_is_reported(DatabaseProvider provider)
    {
        var (db, engine, head) = await SeedAsync(provider);
        await using var __ = db;
        await using (var c = db.NewContext())
            await c.Database.ExecuteSqlAsync($"DELETE FROM change_log WHERE version = {head}");

        var result = await engine.VerifyChangeLogAsync(default);

        Assert.False(result.IsIntact);
        Assert.Equal(head, result.FirstBrokenVersion);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_rehashed_entry_still_breaks_the_link_of_the_next_one(DatabaseProvider provider)
    {
        var (db, engine, _) = await SeedAsync(provider);
        await using var __ = db;
        await using (var c = db.NewContext())
        {
            var row = await c.ChangeLog.SingleAsync(l => l.Version == 2);
            row.Data = "{\"forged\":true}";
            row.Hash = ChangeLogHasher.Compute(row.PreviousHash, row.Version, row.EntityType, row.EntityId, row.Scope, row.Data, row.NodeId, row.MutationId);
            await c.SaveChangesAsync();
        }

        var result = await engine.VerifyChangeLogAsync(default);

        Assert.Equal(3, result.FirstBrokenVersion);
        Assert.Contains("link", result.Problem, StringComparison.Ordinal);
    }
}
