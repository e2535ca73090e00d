using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Sync;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// Real processes: the Hub and a counter node (the binaries systemd runs). A dossier received at
/// the counter reaches the Hub; with the Hub stopped the counter keeps receiving from its reserve
/// block, and everything converges when the Hub is back. A planted applicant name never appears
/// in either process's log files or console output.
/// </summary>
public sealed class DossierHubConvergenceTests(ITestOutputHelper output) : IDisposable
{
    // ASCII marker inside the names: found even if a log sink escaped the Vietnamese letters.
    private const string Marker = "Qzxwvutsr";
    private const string Applicant = "Lương Thị " + Marker;
    private const string Collector = "Phan Văn " + Marker;
    private readonly string _root = Directory.CreateTempSubdirectory("cn-dossier-procs-").FullName;

    [Fact]
    public async Task A_counter_receives_online_and_offline_and_the_hub_converges_without_names_in_logs()
    {
        var hubPort = FreePort.Next();
        var hubDir = Path.Combine(_root, "hub");
        AppProcess? hub = await StartHubAsync(hubPort, hubDir);
        var nodePort = FreePort.Next();
        await using var node = AppProcess.Start(AppKind.Node, Path.Combine(_root, "node"),
        [
            $"--Urls=http://127.0.0.1:{nodePort}",
            "--Node:NodeId=counter-01",
            "--Node:CounterNumber=1",
            $"--Node:HubUrl=http://127.0.0.1:{hubPort}",
            $"--Node:DataDirectory={Path.Combine(_root, "node", "data")}",
            "--Node:Sync:PullInterval=00:00:00.500",
            "--Node:Sync:ReconnectMaxDelay=00:00:01",
            "--Node:Sync:ReserveBlockSize=10",
            "--Node:Sync:ReserveLowWater=3",
            // A loaded test machine must not turn the online answer into a reserve number.
            "--Node:Sync:NumberDeadline=00:00:05",
            "--Dossiers:Departments:0=STP",
            "--Dossiers:Procedures:0:Code=STP-01",
            "--Dossiers:Procedures:0:Name=Cấp Phiếu lý lịch tư pháp",
            "--Dossiers:Procedures:0:Department=STP",
            "--Dossiers:Procedures:0:ProcessingDays=10",
            "--Dossiers:Procedures:0:Fee=200000",
            "--Dossiers:Procedures:0:Documents:0=Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
        ]);
        try
        {
            await node.WaitForHttpAsync(new Uri($"http://127.0.0.1:{nodePort}/health"), TimeSpan.FromSeconds(60));
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{nodePort}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            // The demo officer (node configuration and the Hub's seeded catalogue alike): cb01, PIN 1234.
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/console/sign-in", new { officerId = "cb01", pin = "1234" })).StatusCode);

            // Before any dossier of the day, the counter leases a block of today's codes (DossierReserveKeeper).
            await NodeSyncTestHost.EventuallyAsync(() => Task.FromResult(DossierReserveLeft(Path.Combine(_root, "node", "data")) > 0),
                "the node leased a dossier-code reserve block", TimeSpan.FromSeconds(30));

            var online = await ReceiveAsync(http);
            Assert.Equal("hub", online.GetProperty("numberSource").GetString());
            var first = online.GetProperty("code").GetString()!;

            await using var observer = NodeReplica.Open(NodeReplicaOptions.ForDirectory("counter-02", Directory.CreateDirectory(Path.Combine(_root, "observer")).FullName),
                SharedMutatorApplier.Default, TimeProvider.System);
            await EventuallyAtHubAsync(observer, hubPort, [first]);

            Assert.Equal(0, await hub.StopAsync(TimeSpan.FromSeconds(30)));
            await hub.DisposeAsync();
            hub = null;
            var offline = await ReceiveAsync(http);
            Assert.Equal("reserve", offline.GetProperty("numberSource").GetString());
            var second = offline.GetProperty("code").GetString()!;
            Assert.NotEqual(first, second);
            var lookup = await http.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString(second));
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);

            hub = await StartHubAsync(hubPort, hubDir);
            await EventuallyAtHubAsync(observer, hubPort, [first, second]);
            var atHub = await observer.GetAsync(DossierEntityTypes.Dossier, second, CancellationToken.None);
            Assert.Equal(SyncScope.Department("STP"), atHub!.Scope);
            Assert.False(atHub.IsPending);
            var dossier = atHub.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
            Assert.Equal((Applicant, "counter-01"), (dossier.Applicant.FullName, dossier.Reception.ReceivedByNode));
            output.WriteLine($"online {first}, offline {second}; both at the Hub in dept:STP");
        }
        finally
        {
            await node.StopAsync(TimeSpan.FromSeconds(30));
            if (hub is not null)
                await hub.DisposeAsync();
        }

        var logs = Directory.GetFiles(_root, "*.log", SearchOption.AllDirectories);
        Assert.Contains(logs, f => f.Contains($"{Path.DirectorySeparatorChar}node{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in logs)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.False(text.Contains(Marker, StringComparison.Ordinal), $"{file} contains the applicant's name");
        }

        Assert.DoesNotContain(node.Lines, l => l.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(node.Lines, l => l.Contains("Received dossier", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> ReceiveAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/dossiers/receive", new
        {
            procedureCode = "STP-01",
            applicantName = Applicant,
            applicantAddress = "12 Lê Lợi " + Marker + ", Kon Tum",
            applicantPhone = "0905 000 111",
            byProxy = true,
            authorisationNote = "Giấy ủy quyền của " + Collector,
            documents = new[] { new { name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", form = "Bản chính", quantity = 1 } },
            sets = 1,
            delivery = "counter",
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task EventuallyAtHubAsync(NodeReplica observer, int hubPort, string[] codes)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{hubPort}"), Timeout = TimeSpan.FromSeconds(10) };
        using var engine = new SyncEngine(observer,
            new HttpSyncTransport(http, new HubCredentials("counter-02", NodeSyncTestHost.DevKey("counter-02")), NullLogger<HttpSyncTransport>.Instance),
            new SyncEngineSettings(PullLimit: 1_000, BootstrapPageSize: 1_000));
        await NodeSyncTestHost.EventuallyAsync(async () =>
        {
            try
            {
                await engine.SyncOnceAsync(CancellationToken.None);
            }
            catch (HubUnreachableException)
            {
                return false;
            }

            var held = await observer.QueryAsync(DossierEntityTypes.Dossier, e => !e.IsPending, CancellationToken.None);
            return codes.All(c => held.Any(e => e.Id == c));
        }, "the Hub holds the dossiers " + string.Join(", ", codes), TimeSpan.FromSeconds(60));
    }

    private static int DossierReserveLeft(string dataDirectory)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, NodeReplicaOptions.FileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(last - next + 1), 0) FROM reserve_block WHERE kind = 'Dossier' AND next <= last";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<AppProcess> StartHubAsync(int port, string directory)
    {
        // The counter and the observer see the Sở Tư pháp's dossiers (scope dept:STP).
        var hub = AppProcess.Start(AppKind.Hub, directory,
            [$"--Urls=http://127.0.0.1:{port}", "--Hub:Nodes:0:Scopes:2=dept:STP", "--Hub:Nodes:1:Scopes:2=dept:STP"]);
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
