using System.Globalization;
using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.Builder;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// The dossier desk's view of an <see cref="InProcessNodeHost"/>: the Sở Tư pháp procedures in
/// the node's fallback configuration (plus one of Sở Xây dựng), dossier-number reserves and,
/// optionally, a virtual printer in code-page mode (so the test can read what was printed).
/// </summary>
internal sealed class DossierNodeHost : IAsyncDisposable
{
    public const string OfficerId = InProcessNodeHost.OfficerId;
    public const string OfficerPin = InProcessNodeHost.OfficerPin;
    public const string OfficerName = InProcessNodeHost.OfficerName;
    public const string NodeId = InProcessNodeHost.NodeId;
    public const string Agency = "000.00.00.H34";

    /// <summary>Thursday 26 Nov 2026, 09:00 in the center (UTC+7).</summary>
    public static readonly DateTimeOffset WorkingMorning = InProcessNodeHost.WorkingMorning;

    private readonly InProcessNodeHost _node;

    private DossierNodeHost(InProcessNodeHost node) => _node = node;

    public WebApplication App => _node.App;

    public string Directory => _node.DataDirectory;

    public Uri Address => _node.Address;

    public DateOnly Day => _node.Day;

    public NumberSeries Series => new(NumberSeriesKind.Dossier, Agency, Day);

    public NodeReplica Replica => _node.Replica;

    public static async Task<DossierNodeHost> StartAsync(DateTimeOffset hallTime, string? directory = null, int? printerPort = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Printing:Enabled"] = printerPort is null ? "false" : "true",
            ["Printing:Port"] = (printerPort ?? 9100).ToString(CultureInfo.InvariantCulture),
            ["Printing:TextMode"] = "CodePage",
            ["Printing:CodePage"] = "Wpc1258",
            ["Printing:RetryDelay"] = "00:00:00.200",
            ["Dossiers:AgencyCode"] = Agency,
            ["Dossiers:Departments:0"] = "STP",
            ["Dossiers:ContactPhone"] = "0260 3 862 111",
        };
        AddProcedure(settings, 0, "STP-01", "Cấp Phiếu lý lịch tư pháp", 10, 200_000, "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy tờ tùy thân");
        AddProcedure(settings, 1, "STP-02", "Chứng thực bản sao từ bản chính", 0, 2_000, "Bản chính giấy tờ", "Bản sao cần chứng thực");
        AddProcedure(settings, 2, "SXD-01", "Cấp giấy phép xây dựng", 20, 150_000, "Đơn đề nghị cấp giấy phép xây dựng");
        settings["Dossiers:Procedures:2:Department"] = "SXD";
        return new DossierNodeHost(await InProcessNodeHost.StartAsync(hallTime, "test-key-dossier-0123456789", settings, directory, "cn-dossier-"));
    }

    /// <summary>What the Hub would have leased earlier: dossier sequences first..last for the day.</summary>
    public Task LeaseReserveAsync(int first, int last) => _node.LeaseReserveAsync(Series, first, last);

    public Task<int> ReserveLeftAsync() => _node.ReserveLeftAsync(Series);

    /// <summary>An HTTP client with a cookie jar, signed in at the console.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var http = _node.CreateClient(TimeSpan.FromSeconds(30));
        var response = await http.PostAsJsonAsync("/api/console/sign-in", new { officerId = OfficerId, pin = OfficerPin });
        response.EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>Stops the node and keeps its folder (for a restart on the same data).</summary>
    public async Task StopKeepingDataAsync()
    {
        try
        {
            await _node.StopKeepingDataAsync();
        }
        catch (ObjectDisposedException)
        {
            // A service that disposes twice on shutdown (seen in NodeCatalogue while it was being
            // written) must not hide this test's result; the queue's own host tests catch that.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingDataAsync();
        await _node.DisposeAsync();
    }

    private static void AddProcedure(Dictionary<string, string?> settings, int i, string code, string name, int days, long fee, params string[] documents)
    {
        var p = $"Dossiers:Procedures:{i}:";
        settings[p + "Code"] = code;
        settings[p + "Name"] = name;
        settings[p + "Department"] = "STP";
        settings[p + "ProcessingDays"] = days.ToString(CultureInfo.InvariantCulture);
        settings[p + "Fee"] = fee.ToString(CultureInfo.InvariantCulture);
        for (var d = 0; d < documents.Length; d++)
            settings[p + $"Documents:{d}"] = documents[d];
    }
}
