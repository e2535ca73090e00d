using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// The poke connection never gives up: a node started while the Hub is down connects when it
/// comes up, and reconnects after the Hub restarts; pokes work again each time. The pull timer
/// is set to an hour, so only pokes and (re)connects make the node pull.
/// </summary>
public sealed class NodePokeReconnectTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cn-nodepoke-").FullName;

    [Fact]
    public async Task A_node_started_before_the_hub_connects_later_and_survives_a_hub_restart()
    {
        var hubPort = FreePort.Next();
        var hubDirectory = Path.Combine(_root, "hub");
        await using var b = await NodeSyncTestHost.StartAsync("counter-02", hubPort, Path.Combine(_root, "b"), TimeSpan.FromHours(1));
        Assert.False(b.Pokes.IsConnected);

        await using var hub = await NodeSyncOverRealHubTests.StartHubAsync(hubPort, hubDirectory); // disposed even when a wait fails first
        await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(b.Pokes.IsConnected), "node B connects once the Hub is up");
        await NodeSyncTestHost.EventuallyAsync(async () => (await b.Replica.GetSyncStateAsync(CancellationToken.None)).Bootstrapped,
            "node B bootstraps on connect");

        Assert.Equal(0, await hub.StopAsync(TimeSpan.FromSeconds(30)));
        await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(!b.Pokes.IsConnected), "node B notices the Hub is gone");
        await using var restarted = await NodeSyncOverRealHubTests.StartHubAsync(hubPort, hubDirectory);
        await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(b.Pokes.IsConnected), "node B reconnects");

        await using var a = await NodeSyncTestHost.StartAsync("counter-01", hubPort, Path.Combine(_root, "a"), TimeSpan.FromHours(1));
        var ticket = Guid.NewGuid();
        await a.Replica.MutateAsync(TicketMutationTypes.Issue, NodeSyncOverRealHubTests.Issue(ticket, "C", 1), null, CancellationToken.None);
        await NodeSyncTestHost.EventuallyAsync(async () =>
            await b.Replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None) is { IsPending: false },
            "the ticket reaches node B by poke after the restart");
        Assert.True(b.Pokes.PokesReceived > 0);
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
