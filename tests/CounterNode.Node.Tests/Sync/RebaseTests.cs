using CounterNode.Node.Storage;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Sync;

/// <summary>Pull storage: the Hub's state, acknowledged entries dropped, the rest re-applied on top.</summary>
public sealed class RebaseTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task Pending_mutations_are_reapplied_on_top_of_pulled_state()
    {
        await using var replica = _replicas.Open();
        var mine = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 1), null, CancellationToken.None);
        var hub = new InMemoryHub();
        await PushFrom(hub, "kiosk-01", TicketMutationTypes.Issue, TestReplicas.Issue(theirs, 2));

        var result = await replica.ApplyPullAsync(Pull(hub, 0, lastApplied: 0), CancellationToken.None);

        Assert.Equal(0, result.MutationsDropped);
        Assert.Equal(1, result.MutationsRebased);
        var tickets = await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None);
        Assert.Equal(2, tickets.Count);
        Assert.True(tickets.Single(t => t.Id == mine.ToString("D")).IsPending);
        var confirmed = tickets.Single(t => t.Id == theirs.ToString("D"));
        Assert.False(confirmed.IsPending);
        Assert.NotNull(confirmed.Version);
        Assert.Equal(1, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);
    }

    [Fact]
    public async Task Acknowledged_mutations_are_dropped_and_the_state_becomes_confirmed()
    {
        await using var replica = _replicas.Open();
        var hub = new InMemoryHub();
        var ticket = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 1), null, CancellationToken.None);
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 1), null, CancellationToken.None);
        var outbox = await replica.ReadOutboxAsync(0, 10, long.MaxValue, CancellationToken.None);
        await hub.For("counter-01").PushAsync(new PushRequest(SyncProtocol.Version, "counter-01", [outbox[0]]), CancellationToken.None);

        var result = await replica.ApplyPullAsync(Pull(hub, 0, lastApplied: 1), CancellationToken.None);

        Assert.Equal(1, result.MutationsDropped);
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(1, state.LastApplied);
        Assert.Equal(1, state.PendingCount);
        var view = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.NotNull(view);
        Assert.True(view.IsPending, "the call is still pending on top of the confirmed issue");
        Assert.Equal("called", view.Data.GetProperty("status").GetString());
        var verification = await replica.VerifyOutboxAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task A_local_call_that_collides_with_an_earlier_call_rebases_into_a_conflict()
    {
        await using var replica = _replicas.Open();
        var hub = new InMemoryHub();
        var ticket = Guid.NewGuid();
        // The ticket exists at the Hub and in the replica.
        await PushFrom(hub, "kiosk-01", TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 9));
        await replica.ApplyPullAsync(Pull(hub, 0, 0), CancellationToken.None);
        // Counter 2 calls it first (earlier HLC); this node, offline, calls it later.
        await PushFrom(hub, "counter-02", TicketMutationTypes.Call, TestReplicas.Call(ticket, 2), hlc: HybridTimestamp.Create(1, 0));
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 1), null, CancellationToken.None);
        Assert.Equal(1, (await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None))!
            .Data.GetProperty("call").GetProperty("counter").GetInt32());

        var cursor = (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor;
        await replica.ApplyPullAsync(Pull(hub, cursor, 0), CancellationToken.None);

        var view = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.Equal(2, view!.Data.GetProperty("call").GetProperty("counter").GetInt32());
        var conflict = Assert.Single(await replica.QueryAsync(TicketEntityTypes.Conflict, null, CancellationToken.None));
        Assert.True(conflict.IsPending);
        Assert.Equal(1, conflict.Data.GetProperty("losers")[0].GetProperty("counter").GetInt32());
    }

    [Fact]
    public async Task Pulling_the_same_page_twice_changes_nothing_the_second_time()
    {
        await using var replica = _replicas.Open();
        var hub = new InMemoryHub();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None);
        for (var i = 0; i < 3; i++)
            await PushFrom(hub, "kiosk-01", TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 10 + i));
        var page = Pull(hub, 0, 0);

        var first = await replica.ApplyPullAsync(page, CancellationToken.None);
        var stateAfterFirst = await replica.GetSyncStateAsync(CancellationToken.None);
        var viewAfterFirst = await Snapshot(replica);
        var second = await replica.ApplyPullAsync(page, CancellationToken.None);

        Assert.True(first.EntitiesChanged > 0);
        Assert.Equal(0, second.EntitiesChanged);
        Assert.Equal(stateAfterFirst, await replica.GetSyncStateAsync(CancellationToken.None));
        Assert.Equal(viewAfterFirst, await Snapshot(replica));
    }

    [Fact]
    public async Task A_page_with_more_to_come_does_not_drop_acknowledged_entries()
    {
        await using var replica = _replicas.Open();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None);

        var result = await replica.ApplyPullAsync(new PullResponse([], 5, HasMore: true, LastApplied: 1, ResetRequired: false, HybridTimestamp.Zero), CancellationToken.None);

        Assert.Equal(0, result.MutationsDropped);
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(1, state.PendingCount);
        Assert.Equal(5, state.Cursor);
    }

    [Fact]
    public async Task A_snapshot_replaces_server_state_and_keeps_pending_entries()
    {
        await using var replica = _replicas.Open();
        var hub = new InMemoryHub();
        await PushFrom(hub, "kiosk-01", TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 1));
        await replica.ApplyPullAsync(Pull(hub, 0, 0), CancellationToken.None);
        var mine = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 2), null, CancellationToken.None);
        var fresh = Guid.NewGuid();
        var snapshot = new[] { new EntityChange(40, TicketEntityTypes.Ticket, fresh.ToString("D"), "center", TestReplicas.Issue(fresh, 3)) };

        await replica.ApplySnapshotAsync(snapshot, snapshotVersion: 40, lastApplied: 0, CancellationToken.None);

        var ids = (await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None)).Select(t => t.Id).Order().ToList();
        Assert.Equal(new[] { fresh.ToString("D"), mine.ToString("D") }.Order(), ids);
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(40, state.Cursor);
        Assert.True(state.Bootstrapped);
        Assert.Equal(1, state.PendingCount);
    }

    private static PullResponse Pull(InMemoryHub hub, long cursor, long lastApplied)
    {
        var page = hub.For("counter-01").PullAsync(new PullRequest(SyncProtocol.Version, "counter-01", cursor, 1000), CancellationToken.None).GetAwaiter().GetResult();
        return page with { LastApplied = Math.Max(page.LastApplied, lastApplied) };
    }

    private static async Task PushFrom(InMemoryHub hub, string nodeId, string type, System.Text.Json.JsonElement payload, HybridTimestamp? hlc = null)
    {
        var last = hub.Applied.Where(m => m.NodeId == nodeId).Select(m => m.MutationId).DefaultIfEmpty(0).Max();
        var previous = hub.Applied.LastOrDefault(m => m.NodeId == nodeId)?.Hash ?? string.Empty;
        var id = Guid.CreateVersion7();
        var time = hlc ?? HybridTimestamp.Create(1_000 + last, 0);
        var hash = MutationHasher.Compute(previous, nodeId, last + 1, id, type, payload.GetRawText(), time, null);
        var mutation = new Mutation(nodeId, last + 1, id, type, payload, time, null, previous, hash);
        var response = await hub.For(nodeId).PushAsync(new PushRequest(SyncProtocol.Version, nodeId, [mutation]), CancellationToken.None);
        Assert.Equal(MutationStatus.Applied, response.Outcomes.Single().Status);
    }

    private static async Task<List<string>> Snapshot(NodeReplica replica)
    {
        var all = new List<string>();
        foreach (var type in new[] { TicketEntityTypes.Ticket, TicketEntityTypes.TicketNumber, TicketEntityTypes.Conflict })
        {
            foreach (var e in await replica.QueryAsync(type, null, CancellationToken.None))
                all.Add($"{e.Type}/{e.Id}/{e.Version}/{e.IsPending}/{e.Data.GetRawText()}");
        }

        return all;
    }

    public void Dispose() => _replicas.Dispose();
}
