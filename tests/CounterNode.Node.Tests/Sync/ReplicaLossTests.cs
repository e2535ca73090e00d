using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Node.Tests.Sync;

public sealed class ReplicaLossTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task A_node_that_lost_its_file_bootstraps_and_numbers_above_what_the_hub_applied()
    {
        var hub = new InMemoryHub();
        await using (var replica = _replicas.Open())
        {
            using var engine = new SyncEngine(replica, hub.For("counter-01"));
            for (var i = 1; i <= 3; i++)
                await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);
            await engine.SyncOnceAsync(CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_replicas.FilePath())!))
            File.Delete(file);

        await using var fresh = _replicas.Open();
        using var freshEngine = new SyncEngine(fresh, hub.For("counter-01"));
        var round = await freshEngine.SyncOnceAsync(CancellationToken.None);
        var next = await fresh.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 4), null, CancellationToken.None);
        await freshEngine.SyncOnceAsync(CancellationToken.None);

        Assert.True(round.Bootstrapped);
        Assert.Equal(4, (await fresh.QueryAsync(TicketEntityTypes.Ticket, t => !t.IsPending, CancellationToken.None)).Count);
        Assert.Equal(4, next.Mutation.MutationId);
        Assert.Equal(string.Empty, next.Mutation.PreviousHash);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, hub.Applied.Select(m => m.MutationId));
        Assert.True((await fresh.VerifyOutboxAsync(CancellationToken.None)).IsIntact);
    }

    public void Dispose() => _replicas.Dispose();
}
