using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Node.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CounterNode.IntegrationTests.Queue;

/// <summary>
/// A real node (the production <c>AddNode</c>/<c>MapNode</c> wiring) on Kestrel over loopback,
/// port 0, with its replica in a temp folder and NO Hub (its URL points at a closed port). The
/// hall clock is pinned through <see cref="QueueClock"/>; the sync engine keeps real time.
/// </summary>
internal sealed class QueueNodeHost : IAsyncDisposable
{
    public const string OfficerId = "cb01";
    public const string OfficerPin = "2468";
    public const string NodeId = "counter-01";

    /// <summary>Thursday 26 Nov 2026, 09:00 in the center (UTC+7): a working day, inside the morning session.</summary>
    public static readonly DateTimeOffset WorkingMorning = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly string _dir;

    private QueueNodeHost(WebApplication app, string dir, Uri address)
    {
        App = app;
        _dir = dir;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public DateOnly Day { get; private init; }

    public static async Task<QueueNodeHost> StartAsync(DateTimeOffset hallTime)
    {
        var dir = Directory.CreateTempSubdirectory("cn-queue-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dir, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Node:NodeId"] = NodeId,
            ["Node:Role"] = "Counter",
            ["Node:HubUrl"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Node:DataDirectory"] = dir,
            ["Node:CounterNumber"] = "1",
            ["Node:Key"] = "test-key-queue-0123456789",
            ["Node:Sync:NumberDeadline"] = "00:00:00.300",
            ["Node:Sync:DecisionWait"] = "00:00:00.300",
            ["Node:Sync:RequestTimeout"] = "00:00:01",
            ["Node:Sync:ReserveLowWater"] = "0",
            ["Printing:Enabled"] = "false",
            ["Display:Kind"] = "None",
            ["Scanner:Kind"] = "None",
            ["Voice:Enabled"] = "false",
            ["Queue:CenterName"] = "Trung tâm Phục vụ hành chính công tỉnh Kon Tum",
            ["Queue:Services:0:Prefix"] = "A",
            ["Queue:Services:0:Name"] = "Tư pháp - Hộ tịch",
            ["Queue:Services:0:Counters:0"] = "1",
            ["Queue:Services:0:Priority"] = "Strict",
            ["Queue:Services:1:Prefix"] = "B",
            ["Queue:Services:1:Name"] = "Đăng ký kinh doanh, đầu tư",
            ["Queue:Services:1:Counters:0"] = "2",
            ["Queue:Officers:0:Id"] = OfficerId,
            ["Queue:Officers:0:Name"] = "Nguyễn Thị Lan",
            ["Queue:Officers:0:PinHash"] = Node.OfficerConsole.OfficerPin.Hash(OfficerPin, iterations: 1_000),
        });
        builder.Services.AddSingleton(new QueueClock(new FixedHallTime(hallTime), WorkingCalendar.Default));
        builder.AddNode();
        var app = builder.Build();
        app.MapNode();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new QueueNodeHost(app, dir, new Uri(address)) { Day = DateOnly.FromDateTime(hallTime.DateTime) };
    }

    /// <summary>What the Hub would have leased earlier: reserve numbers first..last of a prefix for the day.</summary>
    public Task LeaseReserveAsync(string prefix, int first, int last) =>
        App.Services.GetRequiredService<NodeReplica>().AddReserveBlockAsync(
            new ReserveLeaseResponse(new NumberSeries(NumberSeriesKind.Ticket, prefix, Day), NodeId, first, last), CancellationToken.None);

    public Task<int> ReserveLeftAsync(string prefix) =>
        App.Services.GetRequiredService<NodeReplica>().GetReserveRemainingAsync(new NumberSeries(NumberSeriesKind.Ticket, prefix, Day), CancellationToken.None);

    /// <summary>An HTTP client with a cookie jar (the console session).</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(20) };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file briefly; the temp folder is harmless.
        }
    }
}
