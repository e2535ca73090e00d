using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Node.Tests.Sync;

public sealed class SyncEngineTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task A_mutation_on_one_node_reaches_another_through_the_hub()
    {
        var hub = new InMemoryHub();
        await using var a = _replicas.Open("counter-01");
        await using var b = _replicas.Open("counter-02");
        using var engineA = new SyncEngine(a, hub.For("counter-01"));
        using var engineB = new SyncEngine(b, hub.For("counter-02"));
        var ticket = Guid.NewGuid();

        await a.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 1), null, CancellationToken.None);
        var roundA = await engineA.SyncOnceAsync(CancellationToken.None);
        var roundB = await engineB.SyncOnceAsync(CancellationToken.None);

        Assert.Equal(1, roundA.Pushed);
        Assert.Equal(0, roundA.Pending);
        Assert.True(roundB.Pulled > 0 || roundB.Bootstrapped);
        var seenByB = await b.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.NotNull(seenByB);
        Assert.False(seenByB.IsPending);
        Assert.Equal("counter-01", seenByB.Data.GetProperty("issuedBy").GetString());
    }

    [Fact]
    public async Task Offline_mutations_reach_the_hub_exactly_once_when_it_comes_back()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var engine = new SyncEngine(replica, hub.For("counter-01"));
        await engine.SyncOnceAsync(CancellationToken.None);
        hub.Online = false;

        for (var i = 1; i <= 4; i++)
            await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);
        await Assert.ThrowsAsync<HubUnreachableException>(() => engine.SyncOnceAsync(CancellationToken.None));
        Assert.Equal(4, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);

        hub.Online = true;
        await engine.SyncOnceAsync(CancellationToken.None);
        await engine.SyncOnceAsync(CancellationToken.None);

        Assert.Equal(new long[] { 1, 2, 3, 4 }, hub.Applied.Select(m => m.MutationId));
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(0, state.PendingCount);
        Assert.Equal(4, state.LastApplied);
        Assert.All(await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None), t => Assert.False(t.IsPending));
    }

    [Fact]
    public async Task Pushes_are_split_into_batches_of_the_configured_size()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var engine = new SyncEngine(replica, hub.For("counter-01"), new SyncEngineSettings(PushBatchSize: 2, PullLimit: 3));
        for (var i = 1; i <= 5; i++)
            await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);

        var round = await engine.SyncOnceAsync(CancellationToken.None);

        Assert.Equal(new[] { 2, 2, 1 }, hub.PushSizes);
        Assert.Equal(5, round.Pushed);
        Assert.Equal(0, round.Pending);
        Assert.Equal(hub.Version, round.Cursor);
    }

    [Fact]
    public async Task A_reset_from_the_hub_bootstraps_and_keeps_pending_entries()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var engine = new SyncEngine(replica, hub.For("counter-01"));
        await engine.SyncOnceAsync(CancellationToken.None);
        using var otherReplica = _replicas.Open("kiosk-01");
        using var other = new SyncEngine(otherReplica, hub.For("kiosk-01"));
        for (var i = 1; i <= 3; i++)
            await otherReplica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);
        await other.SyncOnceAsync(CancellationToken.None);
        hub.RetainedFrom = hub.Version;
        var mine = Guid.NewGuid();
        hub.Online = false;
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 50), null, CancellationToken.None);
        hub.Online = true;

        var round = await engine.SyncOnceAsync(CancellationToken.None);

        Assert.True(round.Bootstrapped);
        Assert.Equal(4, (await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None)).Count);
        Assert.Contains(hub.Applied, m => m.NodeId == "counter-01");
        Assert.Equal(0, round.Pending);
    }

    [Fact]
    public async Task A_decision_the_hub_refuses_is_recorded_and_announced()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        await using var other = _replicas.Open("counter-02");
        using var engine = new SyncEngine(replica, hub.For("counter-01"));
        using var otherEngine = new SyncEngine(other, hub.For("counter-02"));
        var ticket = Guid.NewGuid();
        await other.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 1), null, CancellationToken.None);
        await otherEngine.SyncOnceAsync(CancellationToken.None);
        await engine.SyncOnceAsync(CancellationToken.None);
        // Counter 2 calls the ticket first; counter 1, offline, calls it later and finishes it.
        await other.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 2), null, CancellationToken.None);
        await otherEngine.SyncOnceAsync(CancellationToken.None);
        _replicas.Time.Advance(TimeSpan.FromSeconds(1));
        await replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 1), null, CancellationToken.None);
        var finish = await replica.MutateAsync(TicketMutationTypes.Finish, TestReplicas.Call(ticket, 1), null, CancellationToken.None);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var rejected = FirstRejection(replica, cts.Token);

        await engine.SyncOnceAsync(CancellationToken.None);

        var status = await replica.GetMutationStatusAsync(finish.Mutation.MutationId, CancellationToken.None);
        Assert.Equal(MutationState.Rejected, status.State);
        Assert.False(string.IsNullOrEmpty(status.ReasonCode));
        Assert.Equal(finish.Mutation.MutationId, (await rejected).MutationId);
        var view = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.Equal(2, view!.Data.GetProperty("call").GetProperty("counter").GetInt32());
        Assert.Single(await replica.QueryAsync(TicketEntityTypes.Conflict, null, CancellationToken.None));
        Assert.Equal(0, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);
    }

    private static async Task<MutationRejected> FirstRejection(NodeReplica replica, CancellationToken cancellationToken)
    {
        await foreach (var notification in replica.WatchAsync(cancellationToken))
        {
            if (notification is MutationRejected rejected)
                return rejected;
        }

        throw new InvalidOperationException("no rejection");
    }

    public void Dispose() => _replicas.Dispose();
}
