using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class HubPullTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);

    private static PullRequest Pull(string node, long cursor, int limit = 100) => new(SyncProtocol.Version, node, cursor, limit);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Pull_pages_through_the_log_in_version_order(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var push = await engine.PushAsync(Counter1, outbox.Push([.. Enumerable.Range(1, 5).Select(i => outbox.Issue(Guid.NewGuid(), i))]), default);

        var seen = new List<long>();
        long cursor = 0;
        PullResponse page;
        var pages = 0;
        do
        {
            page = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, cursor, limit: 3), default);
            seen.AddRange(page.Changes.Select(c => c.Version));
            cursor = page.Cursor;
            pages++;
        }
        while (page.HasMore);

        Assert.Equal(Enumerable.Range(1, (int)push.HubVersion).Select(v => (long)v), seen);
        Assert.Equal(push.HubVersion, cursor);
        Assert.True(pages > 1);
        Assert.Equal(5, page.LastApplied);
        Assert.False(page.ResetRequired);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Pull_returns_only_the_node_scopes_and_still_moves_the_cursor_to_the_head(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var deptTicket = Guid.NewGuid();
        var push = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(deptTicket, 1, scope: "dept:STP")), default);

        var counter = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, 0), default);
        var dept = await engine.PullAsync(TestNodes.Identity(TestNodes.Dept), Pull(TestNodes.Dept, 0), default);
        var board = await engine.PullAsync(TestNodes.Identity(TestNodes.Board), Pull(TestNodes.Board, 0), default);

        Assert.DoesNotContain(counter.Changes, c => c.EntityType == TicketEntityTypes.Ticket);
        Assert.All(counter.Changes, c => Assert.Equal("center", c.Scope));
        Assert.Equal(push.HubVersion, counter.Cursor);
        Assert.Equal(deptTicket.ToString("D"), Assert.Single(dept.Changes).EntityId);
        Assert.Equal(push.HubVersion, board.Changes.Count);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Last_applied_is_reported_as_of_the_returned_cursor(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var first = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);
        await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 2)), default);

        var partial = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, 0, limit: (int)first.HubVersion), default);

        Assert.True(partial.HasMore);
        Assert.Equal(first.HubVersion, partial.Cursor);
        Assert.Equal(1, partial.LastApplied);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_pull_at_the_head_answers_empty_with_the_last_applied_and_records_the_pull(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);
        var second = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 2)), default);
        _time.Advance(TimeSpan.FromSeconds(3));

        var atHead = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, second.HubVersion, limit: 100), default);

        Assert.Empty(atHead.Changes);
        Assert.False(atHead.HasMore);
        Assert.False(atHead.ResetRequired);
        Assert.Equal(second.HubVersion, atHead.Cursor);
        Assert.Equal(2, atHead.LastApplied);
        await engine.PullMarks.FlushAsync(db.Contexts, default);
        await using var context = db.NewContext();
        var node = await context.Nodes.SingleAsync(n => n.NodeId == TestNodes.Counter1);
        Assert.Equal(second.HubVersion, node.LastPulledVersion);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), node.LastPulledAtMs);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_cursor_older_than_the_retained_history_must_bootstrap(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time, new HubSyncOptions { RetainVersions = 2 });
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var tickets = Enumerable.Range(1, 4).Select(_ => Guid.NewGuid()).ToList();
        var push = await engine.PushAsync(Counter1, outbox.Push([.. tickets.Select((t, i) => outbox.Issue(t, i + 1))]), default);

        var deleted = await engine.CompactByRetentionAsync(default);
        var old = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, 0), default);
        var recent = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, push.HubVersion - 2), default);

        Assert.Equal(push.HubVersion - 2, deleted);
        Assert.True(old.ResetRequired);
        Assert.Empty(old.Changes);
        Assert.False(recent.ResetRequired);
        Assert.Equal(2, recent.Changes.Count);

        var boot = await engine.BootstrapAsync(Counter1, new BootstrapRequest(SyncProtocol.Version, TestNodes.Counter1, null, 1000), default);
        Assert.Equal(push.HubVersion, boot.SnapshotVersion);
        Assert.Equal(tickets.Select(t => t.ToString("D")).Order(StringComparer.Ordinal),
            boot.Entities.Where(e => e.EntityType == TicketEntityTypes.Ticket).Select(e => e.EntityId));
        Assert.True((await engine.VerifyChangeLogAsync(default)).IsIntact);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_cursor_ahead_of_the_hub_must_bootstrap(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);

        var response = await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, 42), default);

        Assert.True(response.ResetRequired);
        Assert.Equal(0, response.Cursor);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Bootstrap_pages_share_one_snapshot_version_and_cover_every_visible_entity(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, outbox.Push([.. Enumerable.Range(1, 7).Select(i => outbox.Issue(Guid.NewGuid(), i))]), default);
        var snapshot = (await engine.PullAsync(Counter1, Pull(TestNodes.Counter1, 0), default)).Cursor;

        var entities = new List<EntityChange>();
        var versions = new HashSet<long>();
        string? after = null;
        BootstrapResponse page;
        var pages = 0;
        do
        {
            page = await engine.BootstrapAsync(Counter1, new BootstrapRequest(SyncProtocol.Version, TestNodes.Counter1, after, 4), default);
            entities.AddRange(page.Entities);
            versions.Add(page.SnapshotVersion);
            after = page.NextKey;
            pages++;
            // A write between pages must not change the snapshot the node pulls from.
            if (pages == 1)
                await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 100)), default);
        }
        while (page.HasMore);

        Assert.Equal(snapshot, Assert.Single(versions));
        Assert.Equal(entities.Count, entities.Select(e => (e.EntityType, e.EntityId)).Distinct().Count());
        Assert.True(entities.Count(e => e.EntityType == TicketEntityTypes.Ticket) >= 7);
        Assert.True(pages >= 4);
    }

    [Fact]
    public async Task A_bootstrap_key_not_handed_out_by_the_hub_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        await Assert.ThrowsAsync<InvalidSyncArgumentException>(() =>
            engine.BootstrapAsync(Counter1, new BootstrapRequest(SyncProtocol.Version, TestNodes.Counter1, "nonsense", 10), default));
    }
}
