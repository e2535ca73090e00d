using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// The node's sync engine against the real Hub process on Kestrel (loopback), real SQLite
/// files, the real HTTP and SignalR clients.
/// </summary>
public sealed class NodeSyncOverRealHubTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private readonly string _root = Directory.CreateTempSubdirectory("cn-nodesync-").FullName;

    [Fact]
    public async Task A_ticket_issued_on_one_node_reaches_another_by_poke_and_pull()
    {
        var hubPort = FreePort.Next();
        await using var hub = await StartHubAsync(hubPort, Path.Combine(_root, "hub"));
        // A timer of one hour: only a poke can make node B pull in time.
        await using var a = await NodeSyncTestHost.StartAsync("counter-01", hubPort, Path.Combine(_root, "a"), TimeSpan.FromHours(1));
        await using var b = await NodeSyncTestHost.StartAsync("counter-02", hubPort, Path.Combine(_root, "b"), TimeSpan.FromHours(1));
        await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(a.Pokes.IsConnected && b.Pokes.IsConnected), "both nodes listen to pokes");
        await NodeSyncTestHost.EventuallyAsync(async () => (await b.Replica.GetSyncStateAsync(CancellationToken.None)).Bootstrapped, "node B bootstrapped");
        var pokesBefore = b.Pokes.PokesReceived;
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ticket = Guid.NewGuid();
        var arrived = WaitForConfirmedAsync(b.Replica, ticket, watch.Token);

        await a.Replica.MutateAsync(TicketMutationTypes.Issue, Issue(ticket, "A", 1), "officer-a", CancellationToken.None);

        var seen = await arrived;
        Assert.False(seen.IsPending);
        Assert.NotNull(seen.Version);
        Assert.Equal("counter-01", seen.Data.GetProperty("issuedBy").GetString());
        Assert.True(b.Pokes.PokesReceived > pokesBefore, "node B was poked");
        await NodeSyncTestHost.EventuallyAsync(async () => (await a.Replica.GetSyncStateAsync(CancellationToken.None)).PendingCount == 0, "node A's outbox drained");
    }

    [Fact]
    public async Task With_the_hub_down_nodes_keep_issuing_from_reserve_and_converge_when_it_returns()
    {
        var hubPort = FreePort.Next();
        var series = new NumberSeries(NumberSeriesKind.Ticket, "B", Day);
        await using var hub = await StartHubAsync(hubPort, Path.Combine(_root, "hub")); // disposed even when an assertion fails first
        await using var a = await NodeSyncTestHost.StartAsync("counter-01", hubPort, Path.Combine(_root, "a"), TimeSpan.FromSeconds(1));
        await using var b = await NodeSyncTestHost.StartAsync("counter-02", hubPort, Path.Combine(_root, "b"), TimeSpan.FromSeconds(1));
        Assert.Equal(10, await a.Numbers.EnsureReserveAsync(series, CancellationToken.None));
        Assert.Equal(10, await b.Numbers.EnsureReserveAsync(series, CancellationToken.None));
        var online = await a.Numbers.AllocateAsync(series, CancellationToken.None);
        Assert.Equal(NumberSource.Hub, online.Source);
        await a.Replica.MutateAsync(TicketMutationTypes.Issue, Issue(Guid.NewGuid(), "B", online.Number), null, CancellationToken.None);

        Assert.Equal(0, await hub.StopAsync(TimeSpan.FromSeconds(30)));
        var printed = new List<int> { online.Number };
        foreach (var node in new[] { a, b, a, b, a, b, a })
        {
            var number = await node.Numbers.AllocateAsync(series, CancellationToken.None);
            Assert.Equal(NumberSource.Reserve, number.Source);
            await node.Replica.MutateAsync(TicketMutationTypes.Issue, Issue(Guid.NewGuid(), "B", number.Number), null, CancellationToken.None);
            printed.Add(number.Number);
        }

        Assert.True((await a.Replica.GetSyncStateAsync(CancellationToken.None)).PendingCount >= 4);
        await using var restarted = await StartHubAsync(hubPort, Path.Combine(_root, "hub"));

        await NodeSyncTestHost.EventuallyAsync(async () =>
            (await a.Replica.GetSyncStateAsync(CancellationToken.None)).PendingCount == 0 &&
            (await b.Replica.GetSyncStateAsync(CancellationToken.None)).PendingCount == 0 &&
            (await ConfirmedTickets(a.Replica)).Count == 8 &&
            (await ConfirmedTickets(b.Replica)).Count == 8, "both nodes hold all 8 tickets, confirmed");

        Assert.Equal(printed.Count, printed.Distinct().Count());
        var numbersAtA = (await ConfirmedTickets(a.Replica)).Select(t => t.Data.GetProperty("number").GetInt32()).Order();
        Assert.Equal(printed.Order(), numbersAtA);
        Assert.Empty(await a.Replica.QueryAsync(TicketEntityTypes.Conflict, null, CancellationToken.None));
        Assert.True((await a.Replica.VerifyOutboxAsync(CancellationToken.None)).IsIntact);
        Assert.Equal(8, (await a.Replica.GetSyncStateAsync(CancellationToken.None)).LastApplied +
                        (await b.Replica.GetSyncStateAsync(CancellationToken.None)).LastApplied);
    }

    internal static async Task<AppProcess> StartHubAsync(int port, string? directory = null)
    {
        // No catalogue seed: these tests count the change log's ticket entries exactly.
        var hub = AppProcess.Start(AppKind.Hub, directory ?? Path.Combine(Path.GetTempPath(), "cn-nodesync-hub-" + port),
            [$"--Urls=http://127.0.0.1:{port}", "--Hub:Catalogue:SeedOnFirstStart=false"]);
        try
        {
            await hub.WaitForHttpAsync(new Uri($"http://127.0.0.1:{port}/health"), TimeSpan.FromSeconds(60));
            return hub;
        }
        catch
        {
            await hub.DisposeAsync(); // never leave a Hub running after a failed test
            throw;
        }
    }

    internal static System.Text.Json.JsonElement Issue(Guid ticket, string prefix, int number) =>
        MutatorJson.ToElement(new IssueTicketPayload(ticket, prefix, number, Day));

    private static async Task<List<ReplicaEntity>> ConfirmedTickets(NodeReplica replica) =>
        [.. await replica.QueryAsync(TicketEntityTypes.Ticket, t => !t.IsPending, CancellationToken.None)];

    private static async Task<ReplicaEntity> WaitForConfirmedAsync(NodeReplica replica, Guid ticket, CancellationToken cancellationToken)
    {
        await foreach (var notification in replica.WatchAsync(cancellationToken))
        {
            if (notification is EntityChanged { Entity: { IsPending: false } entity } && entity.Type == TicketEntityTypes.Ticket && entity.Id == ticket.ToString("D"))
                return entity;
        }

        throw new InvalidOperationException("watch ended");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
