using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Queue;
using CounterNode.Node;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// A real counter node (production <c>AddNode</c>/<c>MapNode</c>) on Kestrel over loopback with its
/// replica in a folder that may be reused across restarts, no Hub (closed port), the hall clock
/// pinned, the Sở Tư pháp procedures in its fallback configuration and, optionally, a virtual
/// printer in code-page mode (so the test can read what was printed).
/// </summary>
internal sealed class DossierNodeHost : IAsyncDisposable
{
    public const string OfficerId = "cb01";
    public const string OfficerPin = "2468";
    public const string OfficerName = "Nguyễn Thị Lan";
    public const string NodeId = "counter-01";
    public const string Agency = "000.00.00.H34";

    /// <summary>Thursday 26 Nov 2026, 09:00 in the center (UTC+7).</summary>
    public static readonly DateTimeOffset WorkingMorning = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7));

    private bool _stopped;

    private DossierNodeHost(WebApplication app, string dir, Uri address, DateOnly day)
    {
        App = app;
        Directory = dir;
        Address = address;
        Day = day;
    }

    public WebApplication App { get; }

    public string Directory { get; }

    public Uri Address { get; }

    public DateOnly Day { get; }

    public NumberSeries Series => new(NumberSeriesKind.Dossier, Agency, Day);

    public NodeReplica Replica => App.Services.GetRequiredService<NodeReplica>();

    public static async Task<DossierNodeHost> StartAsync(DateTimeOffset hallTime, string? directory = null, int? printerPort = null)
    {
        var dir = directory ?? System.IO.Directory.CreateTempSubdirectory("cn-dossier-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dir, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Node:NodeId"] = NodeId,
            ["Node:Role"] = "Counter",
            ["Node:HubUrl"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Node:DataDirectory"] = dir,
            ["Node:CounterNumber"] = "1",
            ["Node:Key"] = "test-key-dossier-0123456789",
            ["Node:Sync:NumberDeadline"] = "00:00:00.300",
            ["Node:Sync:RequestTimeout"] = "00:00:01",
            ["Node:Sync:ReserveLowWater"] = "0",
            ["Printing:Enabled"] = printerPort is null ? "false" : "true",
            ["Printing:Port"] = (printerPort ?? 9100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Printing:TextMode"] = "CodePage",
            ["Printing:CodePage"] = "Wpc1258",
            ["Printing:RetryDelay"] = "00:00:00.200",
            ["Display:Kind"] = "None",
            ["Scanner:Kind"] = "None",
            ["Voice:Enabled"] = "false",
            ["Queue:Services:0:Prefix"] = "A",
            ["Queue:Services:0:Name"] = "Tư pháp - Hộ tịch",
            ["Queue:Services:0:Counters:0"] = "1",
            ["Queue:Officers:0:Id"] = OfficerId,
            ["Queue:Officers:0:Name"] = OfficerName,
            ["Queue:Officers:0:PinHash"] = Node.OfficerConsole.OfficerPin.Hash(OfficerPin, iterations: 1_000),
            ["Dossiers:AgencyCode"] = Agency,
            ["Dossiers:Departments:0"] = "STP",
            ["Dossiers:ContactPhone"] = "0260 3 862 111",
        };
        AddProcedure(settings, 0, "STP-01", "Cấp Phiếu lý lịch tư pháp", 10, 200_000, "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy tờ tùy thân");
        AddProcedure(settings, 1, "STP-02", "Chứng thực bản sao từ bản chính", 0, 2_000, "Bản chính giấy tờ", "Bản sao cần chứng thực");
        AddProcedure(settings, 2, "SXD-01", "Cấp giấy phép xây dựng", 20, 150_000, "Đơn đề nghị cấp giấy phép xây dựng");
        settings["Dossiers:Procedures:2:Department"] = "SXD";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(new QueueClock(new FixedHallTime(hallTime), WorkingCalendar.Default));
        builder.AddNode();
        var app = builder.Build();
        app.MapNode();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new DossierNodeHost(app, dir, new Uri(address), DateOnly.FromDateTime(hallTime.DateTime));
    }

    /// <summary>What the Hub would have leased earlier: dossier sequences first..last for the day.</summary>
    public Task LeaseReserveAsync(int first, int last) =>
        Replica.AddReserveBlockAsync(new ReserveLeaseResponse(Series, NodeId, first, last), CancellationToken.None);

    public Task<int> ReserveLeftAsync() => Replica.GetReserveRemainingAsync(Series, CancellationToken.None);

    /// <summary>An HTTP client with a cookie jar, signed in at the console.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await http.PostAsJsonAsync("/api/console/sign-in", new { officerId = OfficerId, pin = OfficerPin });
        response.EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>Stops the node and keeps its folder (for a restart on the same data).</summary>
    public async Task StopKeepingDataAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await App.StopAsync();
        try
        {
            await App.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
            // A service that disposes twice on shutdown (seen in NodeCatalogue while it was being
            // written) must not hide this test's result; the queue's own host tests catch that.
        }

        SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingDataAsync();

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file briefly; the temp folder is harmless.
        }
    }

    private static void AddProcedure(Dictionary<string, string?> settings, int i, string code, string name, int days, long fee, params string[] documents)
    {
        var p = $"Dossiers:Procedures:{i}:";
        settings[p + "Code"] = code;
        settings[p + "Name"] = name;
        settings[p + "Department"] = "STP";
        settings[p + "ProcessingDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[p + "Fee"] = fee.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var d = 0; d < documents.Length; d++)
            settings[p + $"Documents:{d}"] = documents[d];
    }
}
