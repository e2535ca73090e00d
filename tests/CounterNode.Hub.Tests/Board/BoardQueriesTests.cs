using CounterNode.Hub.Board;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Board;

/// <summary>The board's read side over a real SQLite Hub database filled by the real sync engine.</summary>
public sealed class BoardQueriesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_book_follows_pushes_through_the_change_log_and_matches_a_fresh_reload()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var queries = new BoardQueries(db.Contexts);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(outbox.Issue(a, 1), outbox.Issue(b, 2)), default);
        var book = new TicketBook(OutboxBuilder.Day);
        await queries.ReloadAsync(book, OutboxBuilder.Day, await queries.GetHeadAsync(default), default);
        Assert.Equal(2, book.Tickets.Count);

        _time.Advance(TimeSpan.FromSeconds(5));
        await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(outbox.Issue(c, 3), outbox.Call(a, 1)), default);
        var head = await queries.GetHeadAsync(default);
        await queries.CatchUpAsync(book, head, default);

        Assert.Equal(head.Version, book.Version);
        Assert.Equal(3, book.Tickets.Count);
        Assert.Equal(TicketStatus.Called, book.Tickets.Single(t => t.Id == a).Status);
        var fresh = new TicketBook(OutboxBuilder.Day);
        await queries.ReloadAsync(fresh, OutboxBuilder.Day, head, default);
        Assert.Equal(fresh.Tickets.OrderBy(t => t.Id), book.Tickets.OrderBy(t => t.Id));

        var hall = CallProjection.Hall(book.Tickets, head.Version);
        Assert.Equal("A001", hall.Current?.Ticket);
        Assert.Equal(2, Assert.Single(hall.Waiting).Waiting);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Nodes_show_their_last_push_and_conflicts_come_from_the_conflict_table(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var one = new OutboxBuilder(TestNodes.Counter1, _time);
        var two = new OutboxBuilder(TestNodes.Counter2, _time);
        var queries = new BoardQueries(db.Contexts);
        var ticket = Guid.NewGuid();

        await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), one.Push(one.Issue(ticket, 5)), default);
        _time.Advance(TimeSpan.FromSeconds(30));
        await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), one.Push(one.Call(ticket, 1)), default);
        await engine.PushAsync(TestNodes.Identity(TestNodes.Counter2), two.Push(two.Call(ticket, 2)), default);

        var nodes = await queries.GetNodesAsync(default);
        var conflicts = await queries.GetConflictsAsync(10, default);

        var counter1 = Assert.Single(nodes, n => n.NodeId == TestNodes.Counter1);
        Assert.Equal(2, counter1.LastApplied);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), counter1.LastPushAtMs);
        Assert.Equal("officer-1", counter1.Officer);
        var counter2 = Assert.Single(nodes, n => n.NodeId == TestNodes.Counter2);
        Assert.Equal(1, counter2.LastApplied);
        Assert.Equal("officer-1", counter2.Officer);
        // A node that never pushed is listed without a push; the Hub's own node is not a device.
        var board = Assert.Single(nodes, n => n.NodeId == TestNodes.Board);
        Assert.Equal(0, board.LastApplied);
        Assert.Null(board.LastPushAtMs);
        Assert.Null(board.Officer);
        Assert.DoesNotContain(nodes, n => n.NodeId == CounterNode.Hub.Sync.HubMutationIssuer.HubNodeId);
        Assert.Equal(nodes.Select(n => n.NodeId).Order(StringComparer.Ordinal), nodes.Select(n => n.NodeId));
        var conflict = Assert.Single(ConflictProjection.Project(conflicts));
        Assert.Equal("concurrent-call", conflict.Kind);
        Assert.Contains("A005", conflict.Message, StringComparison.Ordinal);
    }
}
