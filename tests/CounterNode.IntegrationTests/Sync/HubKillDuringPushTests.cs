using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// The real Hub process is killed with SIGKILL in the middle of a node's pushes and
/// restarted on the same SQLite database (15 times: each restart costs a process start) while the node keeps recording and pushing tickets.
/// At the end the Hub holds every ticket exactly once, its change log's hash chain verifies
/// (<c>--verify-log</c>), and SQLite's integrity check passes on the Hub's file.
/// </summary>
public sealed class HubKillDuringPushTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 15;
    private readonly string _root = Directory.CreateTempSubdirectory("cn-hubkill-").FullName;

    [Fact]
    public async Task Killing_the_hub_mid_push_fifteen_times_loses_and_doubles_nothing()
    {
        var hubPort = FreePort.Next();
        var hubDirectory = Path.Combine(_root, "hub");
        await using var replica = NodeReplica.Open(
            NodeReplicaOptions.ForDirectory("counter-01", Directory.CreateDirectory(Path.Combine(_root, "node")).FullName),
            SharedMutatorApplier.Default, TimeProvider.System);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{hubPort}"), Timeout = TimeSpan.FromSeconds(5) };
        // Small batches: more pushes, so more kills land in the middle of one.
        using var engine = new SyncEngine(replica,
            new HttpSyncTransport(http, new HubCredentials("counter-01", NodeSyncTestHost.DevKey("counter-01")), NullLogger<HttpSyncTransport>.Instance),
            new SyncEngineSettings(PushBatchSize: 20));

        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref written);
                await replica.MutateAsync(TicketMutationTypes.Issue, NodeSyncOverRealHubTests.Issue(Guid.NewGuid(), "H", n), null, CancellationToken.None);
                await Task.Delay(1);
            }
        });
        var pushesInFlightAtKill = 0;
        var inFlight = 0;
        var pusher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Volatile.Write(ref inFlight, 1);
                try
                {
                    await engine.PushAsync(CancellationToken.None);
                }
                catch (HubUnreachableException)
                {
                    // The Hub is down or died mid-request: the node retries the same entries.
                    await Task.Delay(20);
                }
                finally
                {
                    Volatile.Write(ref inFlight, 0);
                }
            }
        });

        var random = new Random(20261127);
        for (var i = 0; i < Kills; i++)
        {
            var before = (await replica.GetSyncStateAsync(CancellationToken.None)).PushAcknowledged;
            await using var hub = await NodeSyncOverRealHubTests.StartHubAsync(hubPort, hubDirectory);
            await NodeSyncTestHost.EventuallyAsync(async () =>
                hub.HasExited || (await replica.GetSyncStateAsync(CancellationToken.None)).PushAcknowledged > before,
                "the node pushes to the restarted Hub", TimeSpan.FromSeconds(60));
            Assert.False(hub.HasExited, hub.Output());
            await Task.Delay(random.Next(0, 30));
            pushesInFlightAtKill += Volatile.Read(ref inFlight);
            hub.Kill();
        }

        await stop.CancelAsync();
        await writer;
        await pusher;
        var total = Volatile.Read(ref written);
        await using (var last = await NodeSyncOverRealHubTests.StartHubAsync(hubPort, hubDirectory))
        {
            await NodeSyncTestHost.EventuallyAsync(async () =>
            {
                await engine.SyncOnceAsync(CancellationToken.None);
                var state = await replica.GetSyncStateAsync(CancellationToken.None);
                return state.PendingCount == 0 && state.LastApplied == total;
            }, "the node drains its outbox into the last Hub process", TimeSpan.FromSeconds(60));

            var tickets = await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None);
            Assert.All(tickets, t => Assert.False(t.IsPending));
            Assert.Equal(Enumerable.Range(1, total), tickets.Select(t => t.Data.GetProperty("number").GetInt32()).Order());
            Assert.Empty(await replica.QueryAsync(TicketEntityTypes.Conflict, null, CancellationToken.None));
            Assert.Equal(0, await last.StopAsync(TimeSpan.FromSeconds(30)));
        }

        // The Hub's own file: each mutation recorded once, every change logged once, chain and file intact.
        var hubFile = Path.Combine(hubDirectory, "data", "hub.db");
        await using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = hubFile, Pooling = false }.ToString()))
        {
            await db.OpenAsync();
            Assert.Equal("ok", await ScalarAsync<string>(db, "PRAGMA integrity_check"));
            Assert.Equal(total, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM applied_mutations WHERE node_id = 'counter-01'"));
            Assert.Equal(total, await ScalarAsync<long>(db, "SELECT MAX(mutation_id) FROM applied_mutations WHERE node_id = 'counter-01'"));
            Assert.Equal(total, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM applied_mutations WHERE node_id = 'counter-01' AND status = 'Applied'"));
            // Each ticket issue writes the ticket and its number index: two log entries.
            Assert.Equal(2L * total, await ScalarAsync<long>(db, "SELECT COUNT(*) FROM change_log"));
            Assert.Equal(2L * total, await ScalarAsync<long>(db, "SELECT version FROM sync_state"));
        }

        await using var verify = AppProcess.Start(AppKind.Hub, hubDirectory, ["--verify-log"]);
        var verdict = await verify.WaitForLineAsync(l => l.StartsWith("change log ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(verify.HasExited), "the verify command exits", TimeSpan.FromSeconds(30));
        Assert.Equal(0, await verify.StopAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal($"change log intact: {2 * total} entries verified", verdict);
        Assert.True(pushesInFlightAtKill > 0, "some kills hit a push in flight");
        output.WriteLine($"{Kills} SIGKILLs of the Hub, {pushesInFlightAtKill} with a push in flight; {total} tickets, each at the Hub exactly once.");
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
