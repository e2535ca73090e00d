using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// The real node process is killed with SIGKILL in the middle of pushing, 50 times, while the
/// queue keeps recording tickets in the same replica file (here: the test process, through the
/// replica API, as the node's own queue code would). After the last restart the Hub holds every
/// ticket exactly once and SQLite's integrity check passes.
/// </summary>
public sealed class NodeCrashDuringPushTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 50;
    private readonly string _root = Directory.CreateTempSubdirectory("cn-nodecrash-").FullName;

    [Fact]
    public async Task Killing_the_node_mid_push_fifty_times_loses_and_doubles_nothing()
    {
        var hubPort = FreePort.Next();
        await using var hub = await NodeSyncOverRealHubTests.StartHubAsync(hubPort, Path.Combine(_root, "hub"));
        var dataDirectory = Path.Combine(_root, "node-data");
        Directory.CreateDirectory(dataDirectory);
        await using var queue = NodeReplica.Open(NodeReplicaOptions.ForDirectory("counter-01", dataDirectory), SharedMutatorApplier.Default, TimeProvider.System);

        using var stopWriting = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stopWriting.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref written);
                await queue.MutateAsync(TicketMutationTypes.Issue, NodeSyncOverRealHubTests.Issue(Guid.NewGuid(), "K", n), null, CancellationToken.None);
                await Task.Delay(2);
            }
        });

        var random = new Random(20261126);
        var pushesInterrupted = 0;
        for (var i = 0; i < Kills; i++)
        {
            var before = (await queue.GetSyncStateAsync(CancellationToken.None)).PushAcknowledged;
            await using var node = StartNode(hubPort, dataDirectory);
            // Wait until this process is demonstrably pushing, then kill it at a random moment.
            await NodeSyncTestHost.EventuallyAsync(async () =>
                node.HasExited || (await queue.GetSyncStateAsync(CancellationToken.None)).PushAcknowledged > before,
                "the node process pushes", TimeSpan.FromSeconds(60));
            Assert.False(node.HasExited, node.Output());
            await Task.Delay(random.Next(0, 40));
            node.Kill();
            if ((await queue.GetSyncStateAsync(CancellationToken.None)).PendingCount > 0)
                pushesInterrupted++;
        }

        await stopWriting.CancelAsync();
        await writer;
        var total = Volatile.Read(ref written);
        await using (var last = StartNode(hubPort, dataDirectory))
        {
            await NodeSyncTestHost.EventuallyAsync(async () =>
            {
                var state = await queue.GetSyncStateAsync(CancellationToken.None);
                return state.PendingCount == 0 && state.LastApplied == total;
            }, "the last node process drains the outbox", TimeSpan.FromSeconds(120));
            Assert.Equal(0, await last.StopAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.Equal("ok", await queue.CheckIntegrityAsync(CancellationToken.None));
        var chain = await queue.VerifyOutboxAsync(CancellationToken.None);
        Assert.True(chain.IsIntact, chain.Problem);
        Assert.True(pushesInterrupted > 0, "some kills hit a node with entries in flight");

        // What the Hub holds, seen by another node bootstrapping from it.
        var observerDirectory = Directory.CreateDirectory(Path.Combine(_root, "observer")).FullName;
        await using var observer = NodeReplica.Open(NodeReplicaOptions.ForDirectory("kiosk-01", observerDirectory), SharedMutatorApplier.Default, TimeProvider.System);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{hubPort}"), Timeout = TimeSpan.FromSeconds(30) };
        using var engine = new SyncEngine(observer,
            new HttpSyncTransport(http, new HubCredentials("kiosk-01", NodeSyncTestHost.DevKey("kiosk-01")), NullLogger<HttpSyncTransport>.Instance),
            new SyncEngineSettings(PullLimit: 5_000, BootstrapPageSize: 5_000));
        await engine.SyncOnceAsync(CancellationToken.None);
        var tickets = await observer.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, total), tickets.Select(t => t.Data.GetProperty("number").GetInt32()).Order());
        Assert.All(tickets, t => Assert.False(t.Data.GetProperty("duplicateNumber").GetBoolean()));
        Assert.Empty(await observer.QueryAsync(TicketEntityTypes.Conflict, null, CancellationToken.None));
        output.WriteLine($"{Kills} SIGKILLs, {pushesInterrupted} with entries in flight; {total} tickets, all at the Hub exactly once.");
    }

    private AppProcess StartNode(int hubPort, string dataDirectory) =>
        AppProcess.Start(AppKind.Node, Path.Combine(_root, "node"),
        [
            $"--Urls=http://127.0.0.1:{FreePort.Next()}",
            "--Node:NodeId=counter-01",
            $"--Node:HubUrl=http://127.0.0.1:{hubPort}",
            $"--Node:DataDirectory={dataDirectory}",
            "--Node:Sync:PullInterval=00:00:00.200",
            "--Node:Sync:PushBatchSize=10",
        ]);

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
