using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>
/// Push writes its rows with raw statements (HubSqlSession); these tests read them back through
/// EF's model, including queries by value, so the raw path stores every column exactly as EF
/// would (GUIDs as EF's text form on SQLite, enum names, nulls) across several pushes.
/// </summary>
public sealed class HubPushStorageTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Rows_written_by_push_read_back_through_ef_with_every_value(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var mutations = new List<Mutation> { outbox.Issue(first, 1), outbox.Issue(second, 2), outbox.Call(first, 1) };
        await engine.PushAsync(Counter1, outbox.Push([.. mutations]), default);
        // A second push over the same entities (updates of rows written by the first), and a refusal.
        var more = new List<Mutation> { outbox.Finish(first, 1), outbox.Issue(first, 3), outbox.Call(second, 1) };
        var response = await engine.PushAsync(Counter1, outbox.Push([.. more]), default);
        mutations.AddRange(more);

        Assert.Equal([MutationStatus.Applied, MutationStatus.Rejected, MutationStatus.Applied], response.Outcomes.Select(o => o.Status));
        await using var c = db.NewContext();
        foreach (var m in mutations)
        {
            var row = await c.AppliedMutations.AsNoTracking().SingleAsync(a => a.Id == m.Id);
            Assert.Equal((m.NodeId, m.MutationId, m.Type, m.Payload.GetRawText(), m.Hlc.Value, m.PreviousHash, m.Hash),
                (row.NodeId, row.MutationId, row.Type, row.Payload, row.Hlc, row.PreviousHash, row.Hash));
            Assert.Equal(m.Officer, row.Officer);
        }

        var refused = await c.AppliedMutations.AsNoTracking().SingleAsync(a => a.Status == MutationStatus.Rejected);
        Assert.Equal(more[1].Id, refused.Id);
        Assert.False(string.IsNullOrEmpty(refused.ReasonCode));
        Assert.Equal(5, await c.AppliedMutations.CountAsync(a => a.Status == MutationStatus.Applied && a.ReasonCode == null));

        var tickets = await c.Entities.AsNoTracking().Where(e => e.Type == TicketEntityTypes.Ticket).OrderBy(e => e.Version).ToListAsync();
        Assert.Equal(new[] { first.ToString("D"), second.ToString("D") }.Order(StringComparer.Ordinal), tickets.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Contains("\"status\":\"finished\"", tickets.Single(t => t.Id == first.ToString("D")).Data, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"called\"", tickets.Single(t => t.Id == second.ToString("D")).Data, StringComparison.Ordinal);
        var state = await c.SyncState.AsNoTracking().SingleAsync();
        var log = await c.ChangeLog.AsNoTracking().OrderBy(l => l.Version).ToListAsync();
        Assert.Equal(state.Version, log[^1].Version);
        Assert.Equal(state.LastHash, log[^1].Hash);
        foreach (var entity in await c.Entities.AsNoTracking().ToListAsync())
            Assert.Equal(log.Last(l => l.EntityType == entity.Type && l.EntityId == entity.Id).Version, entity.Version);
        var node = await c.Nodes.AsNoTracking().SingleAsync(n => n.NodeId == TestNodes.Counter1);
        Assert.Equal((6L, more[^1].Hash), (node.LastApplied, node.LastHash));
        Assert.True((await engine.VerifyChangeLogAsync(default)).IsIntact);
    }
}
