using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Node.Tests.Sync;

public sealed class CoordinatedMutatorTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task Online_the_call_comes_back_with_the_hubs_verdict()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var engine = new SyncEngine(replica, hub.For("counter-01"));
        var coordinated = new CoordinatedMutator(replica, engine, _replicas.Time, TimeSpan.FromSeconds(5));
        var ticket = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 1), null, CancellationToken.None);

        var result = await coordinated.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 1), "officer-1", CancellationToken.None);

        Assert.Equal(MutationState.Applied, result.Status.State);
        Assert.Contains(hub.Applied, m => m.MutationId == result.Local.Mutation.MutationId);
        var view = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.False(view!.IsPending);
    }

    [Fact]
    public async Task Offline_the_local_decision_stands_as_pending()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var engine = new SyncEngine(replica, hub.For("counter-01"));
        var coordinated = new CoordinatedMutator(replica, engine, _replicas.Time, TimeSpan.FromSeconds(5));
        var ticket = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 1), null, CancellationToken.None);
        hub.Online = false;

        var result = await coordinated.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(ticket, 1), "officer-1", CancellationToken.None);

        Assert.Equal(MutationState.Pending, result.Status.State);
        var view = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.True(view!.IsPending);
        Assert.Equal("called", view.Data.GetProperty("status").GetString());
    }

    public void Dispose() => _replicas.Dispose();
}
