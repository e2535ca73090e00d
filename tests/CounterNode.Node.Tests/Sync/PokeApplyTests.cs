using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Sync;

/// <summary>A commit carried by a poke is stored only when it extends the replica exactly; otherwise nothing changes and the node pulls.</summary>
public sealed class PokeApplyTests : IDisposable
{
    private readonly TestReplicas _replicas = new();
    // A second folder for the same node, so two replicas produce identical local mutations.
    private readonly TestReplicas _twins = new();

    [Fact]
    public async Task A_poke_that_extends_the_cursor_is_stored_like_a_pull_and_notified()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var notifications = replica.WatchAsync(watch.Token).GetAsyncEnumerator(watch.Token);
        // Subscribes now (the watch is lazy): the first read waits for what the poke publishes.
        var next = notifications.MoveNextAsync();
        var ticket = Guid.NewGuid();

        var outcome = await replica.ApplyPokeAsync(Poke(10, Ticket(11, ticket, 7)), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.Applied, outcome);
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(11, state.Cursor);
        var stored = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.False(stored.IsPending);
        Assert.Equal(11, stored.Version);
        Assert.True(await next);
        var changed = Assert.IsType<EntityChanged>(notifications.Current);
        Assert.Equal(ticket.ToString("D"), changed.Entity!.Id);
        // Hub state does not wait for the disk, but the connection goes back to FULL for the node's own commits.
        Assert.Equal("2", await replica.ReadPragmaAsync("synchronous", CancellationToken.None));
    }

    [Fact]
    public async Task A_poke_after_a_gap_changes_nothing()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);
        var ticket = Guid.NewGuid();

        // The commit 10 -> 11 never arrived; this one starts at 11.
        var outcome = await replica.ApplyPokeAsync(Poke(11, Ticket(12, ticket, 1)), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.NotApplicable, outcome);
        Assert.Equal(10, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
        Assert.Null(await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None));
    }

    [Fact]
    public async Task A_poke_missing_a_version_of_its_commit_changes_nothing()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        // Says 10 -> 13 but carries only versions 11 and 13.
        var outcome = await replica.ApplyPokeAsync(new SyncPoke(13, 10, [Ticket(11, a, 1), Ticket(13, b, 2)]), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.NotApplicable, outcome);
        Assert.Equal(10, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
        Assert.Null(await replica.GetAsync(TicketEntityTypes.Ticket, a.ToString("D"), CancellationToken.None));
    }

    [Fact]
    public async Task A_poke_the_replica_already_holds_is_reported_as_held()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);

        var outcome = await replica.ApplyPokeAsync(Poke(9, Ticket(10, Guid.NewGuid(), 1)), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.AlreadyHeld, outcome);
    }

    [Fact]
    public async Task A_replica_never_bootstrapped_does_not_take_pokes()
    {
        await using var replica = _replicas.Open();

        var outcome = await replica.ApplyPokeAsync(Poke(0, Ticket(1, Guid.NewGuid(), 1)), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.NotApplicable, outcome);
        Assert.False((await replica.GetSyncStateAsync(CancellationToken.None)).Bootstrapped);
    }

    [Fact]
    public async Task Pending_mutations_are_rebased_on_top_and_stay_in_the_outbox()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);
        var mine = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 1), null, CancellationToken.None);
        var theirs = Guid.NewGuid();

        var outcome = await replica.ApplyPokeAsync(Poke(10, Ticket(11, theirs, 2)), CancellationToken.None);

        Assert.Equal(PokeApplyOutcome.Applied, outcome);
        var tickets = await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None);
        Assert.True(tickets.Single(t => t.Id == mine.ToString("D")).IsPending);
        Assert.False(tickets.Single(t => t.Id == theirs.ToString("D")).IsPending);
        Assert.Equal(1, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);
        Assert.True((await replica.VerifyOutboxAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task The_engine_applies_a_poke_without_the_hub_and_refuses_a_contentless_one()
    {
        await using var replica = await BootstrappedAsync(cursor: 10);
        var hub = new InMemoryHub { Online = false };
        using var engine = new SyncEngine(replica, hub.For(replica.NodeId));

        Assert.True(await engine.TryApplyPokeAsync(Poke(10, Ticket(11, Guid.NewGuid(), 1)), CancellationToken.None));
        Assert.False(await engine.TryApplyPokeAsync(new SyncPoke(12), CancellationToken.None));
        Assert.False(await engine.TryApplyPokeAsync(Poke(20, Ticket(21, Guid.NewGuid(), 2)), CancellationToken.None));
        Assert.Equal(11, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_poke_and_a_pull_page_of_the_same_commit_leave_the_same_view_and_notify_the_same(bool pendingWork)
    {
        await using var byPoke = await BootstrappedAsync(cursor: 10);
        await using var byPull = await BootstrappedAsync(cursor: 10, _twins);
        var ticket = Guid.NewGuid();
        if (pendingWork)
        {
            var mine = Guid.NewGuid();
            await byPoke.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 5), null, CancellationToken.None);
            await byPull.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 5), null, CancellationToken.None);
        }

        // One commit that writes the same ticket twice and another entity once.
        var commit = new[]
        {
            Ticket(11, ticket, 1),
            new EntityChange(12, TicketEntityTypes.TicketNumber, "2026-11-26/A/1", "center", TestReplicas.Issue(ticket, 1)),
            Ticket(13, ticket, 2),
        };
        var fromPoke = await ChangesOfAsync(byPoke, r => r.ApplyPokeAsync(Poke(10, commit), CancellationToken.None));
        var fromPull = await ChangesOfAsync(byPull, r => r.ApplyPullAsync(
            new PullResponse(commit, 13, HasMore: false, LastApplied: 0, ResetRequired: false, HybridTimestamp.Zero), CancellationToken.None));

        Assert.Equal(fromPull, fromPoke);
        Assert.Equal(2, fromPoke.Count);
        Assert.Equal(await ViewAsync(byPull), await ViewAsync(byPoke));
        Assert.Equal(13, (await byPoke.GetSyncStateAsync(CancellationToken.None)).Cursor);
        Assert.Equal(pendingWork ? 1 : 0, (await byPoke.GetSyncStateAsync(CancellationToken.None)).PendingCount);
    }

    private static async Task<List<string>> ChangesOfAsync<T>(NodeReplica replica, Func<NodeReplica, Task<T>> apply)
    {
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var notifications = replica.WatchAsync(watch.Token).GetAsyncEnumerator(watch.Token);
        var next = notifications.MoveNextAsync();
        await apply(replica);
        var seen = new List<string>();
        while (await next)
        {
            var changed = Assert.IsType<EntityChanged>(notifications.Current);
            seen.Add($"{changed.Key}/{changed.Entity?.Version}/{changed.Entity?.IsPending}/{changed.Entity?.Data.GetRawText()}");
            // Everything of one commit is published before the apply returns: stop when nothing more is queued.
            next = notifications.MoveNextAsync();
            if (!next.IsCompleted)
                break;
        }

        await watch.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await next);
        return [.. seen.Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> ViewAsync(NodeReplica replica)
    {
        var all = new List<string>();
        foreach (var type in new[] { TicketEntityTypes.Ticket, TicketEntityTypes.TicketNumber })
        {
            foreach (var e in await replica.QueryAsync(type, null, CancellationToken.None))
                all.Add($"{e.Type}/{e.Id}/{e.Version}/{e.IsPending}/{e.Data.GetRawText()}");
        }

        return [.. all.Order(StringComparer.Ordinal)];
    }

    private async Task<NodeReplica> BootstrappedAsync(long cursor, TestReplicas? replicas = null)
    {
        var replica = (replicas ?? _replicas).Open();
        await replica.ApplySnapshotAsync([], cursor, 0, CancellationToken.None);
        return replica;
    }

    private static SyncPoke Poke(long from, params EntityChange[] changes) =>
        new(changes[^1].Version, from, changes, HybridTimestamp.Create(1_000, 0).Value);

    private static EntityChange Ticket(long version, Guid id, int number) =>
        new(version, TicketEntityTypes.Ticket, id.ToString("D"), "center", TestReplicas.Issue(id, number));

    public void Dispose()
    {
        _replicas.Dispose();
        _twins.Dispose();
    }
}
