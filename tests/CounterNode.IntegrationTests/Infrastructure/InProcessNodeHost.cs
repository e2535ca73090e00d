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

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// A real counter node in this test process: the production <c>AddNode</c>/<c>MapNode</c> wiring
/// on Kestrel over loopback (port 0), its replica in a folder that may be reused across restarts,
/// NO Hub (its URL points at a closed port), no devices, and the hall clock pinned through
/// <see cref="QueueClock"/> while the sync engine keeps real time. Feature hosts
/// (<see cref="QueueNodeHost"/>, <c>DossierNodeHost</c>) add their own configuration on top.
/// </summary>
internal sealed class InProcessNodeHost : IAsyncDisposable
{
    public const string NodeId = "counter-01";
    public const string OfficerId = "cb01";
    public const string OfficerPin = "2468";
    public const string OfficerName = "Nguyễn Thị Lan";

    /// <summary>Thursday 26 Nov 2026, 09:00 in the center (UTC+7): a working day, inside the morning session.</summary>
    public static readonly DateTimeOffset WorkingMorning = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7));

    private bool _stopped;

    private InProcessNodeHost(WebApplication app, string dataDirectory, Uri address, DateOnly day)
    {
        App = app;
        DataDirectory = dataDirectory;
        Address = address;
        Day = day;
    }

    public WebApplication App { get; }

    /// <summary>The node's content root and data folder (deleted by <see cref="DisposeAsync"/>).</summary>
    public string DataDirectory { get; }

    public Uri Address { get; }

    /// <summary>The hall's day at the pinned time.</summary>
    public DateOnly Day { get; }

    public NodeReplica Replica => App.Services.GetRequiredService<NodeReplica>();

    /// <summary>Starts a node.</summary>
    /// <param name="hallTime">What the hall clock reads for the whole test.</param>
    /// <param name="nodeKey">The node's sync key (never checked: there is no Hub).</param>
    /// <param name="settings">Feature configuration; overrides the defaults of the same key.</param>
    /// <param name="directory">A folder to reuse (restart on the same data), or null for a new temp folder.</param>
    /// <param name="tempPrefix">Prefix of the new temp folder, so a leftover one says which test made it.</param>
    public static async Task<InProcessNodeHost> StartAsync(
        DateTimeOffset hallTime, string nodeKey, IReadOnlyDictionary<string, string?> settings, string? directory = null, string tempPrefix = "cn-node-")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dir = directory ?? Directory.CreateTempSubdirectory(tempPrefix).FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dir, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Node:NodeId"] = NodeId,
            ["Node:Role"] = "Counter",
            ["Node:HubUrl"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Node:DataDirectory"] = dir,
            ["Node:CounterNumber"] = "1",
            ["Node:Key"] = nodeKey,
            // Short sync waits: with no Hub, a number comes from the reserve after this deadline.
            ["Node:Sync:NumberDeadline"] = "00:00:00.300",
            ["Node:Sync:RequestTimeout"] = "00:00:01",
            ["Node:Sync:ReserveLowWater"] = "0",
            ["Printing:Enabled"] = "false",
            ["Display:Kind"] = "None",
            ["Scanner:Kind"] = "None",
            ["Voice:Enabled"] = "false",
            ["Queue:Services:0:Prefix"] = "A",
            ["Queue:Services:0:Name"] = "Tư pháp - Hộ tịch",
            ["Queue:Services:0:Counters:0"] = "1",
            ["Queue:Officers:0:Id"] = OfficerId,
            ["Queue:Officers:0:Name"] = OfficerName,
            ["Queue:Officers:0:PinHash"] = Node.OfficerConsole.OfficerPin.Hash(OfficerPin, iterations: 1_000),
        };
        foreach (var (key, value) in settings)
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);
        // The pinned hall clock keeps the node's own calendar source: days off synced from the Hub apply.
        builder.Services.AddSingleton(sp => new QueueClock(new FixedHallTime(hallTime), sp.GetRequiredService<IWorkingCalendarSource>()));
        builder.AddNode();
        var app = builder.Build();
        app.MapNode();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new InProcessNodeHost(app, dir, new Uri(address), DateOnly.FromDateTime(hallTime.DateTime));
    }

    /// <summary>What the Hub would have leased earlier: numbers first..last of a series.</summary>
    public Task LeaseReserveAsync(NumberSeries series, int first, int last) =>
        Replica.AddReserveBlockAsync(new ReserveLeaseResponse(series, NodeId, first, last), CancellationToken.None);

    public Task<int> ReserveLeftAsync(NumberSeries series) => Replica.GetReserveRemainingAsync(series, CancellationToken.None);

    /// <summary>An HTTP client with a cookie jar (for the console session).</summary>
    public HttpClient CreateClient(TimeSpan timeout) =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = Address, Timeout = timeout };

    /// <summary>Stops the node and keeps its folder (for a restart on the same data). Runs once.</summary>
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
        finally
        {
            // Pooled connections keep the replica's files open; a restart or the folder's removal needs them closed.
            SqliteConnection.ClearAllPools();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingDataAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file briefly; the temp folder is harmless.
        }
    }
}
