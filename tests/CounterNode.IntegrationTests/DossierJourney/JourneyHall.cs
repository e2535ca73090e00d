using System.Net;
using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.VirtualPrinter;

namespace CounterNode.IntegrationTests.DossierJourney;

/// <summary>
/// The hall of the dossier journey: the real Hub process, the real counter-01 node process
/// (department STP, the repository's appsettings.json) and the virtual printer it prints to over
/// TCP. The Hub can be stopped and started again on the same data; the node keeps running.
/// </summary>
internal sealed class JourneyHall : IAsyncDisposable
{
    /// <summary>Admin key of the Hub's change-log verification endpoint.</summary>
    public const string AdminKey = "journey-admin-key-0123456789";

    /// <summary>The demo counter officer of the node configuration and the Hub's seeded catalogue.</summary>
    public const string OfficerId = "cb01";
    public const string OfficerPin = "1234";

    private FileStream? _scannerWire;

    private JourneyHall(string root, int hubPort, int nodePort, VirtualPrinterServer printer, SocatPtyPair scanner)
    {
        Root = root;
        Scanner = scanner;
        HubAddress = new Uri($"http://127.0.0.1:{hubPort}");
        NodeAddress = new Uri($"http://127.0.0.1:{nodePort}");
        Printer = printer;
    }

    /// <summary>Temporary folder holding the Hub's and the node's working folders and the printer output.</summary>
    public string Root { get; }

    public Uri HubAddress { get; }

    public Uri NodeAddress { get; }

    public VirtualPrinterServer Printer { get; }

    /// <summary>The null-modem pair of the counter's serial barcode scanner (the node reads <see cref="SocatPtyPair.First"/>).</summary>
    public SocatPtyPair Scanner { get; }

    /// <summary>The Hub process, or null while it is down.</summary>
    public AppProcess? Hub { get; private set; }

    public AppProcess Node { get; private set; } = null!;

    public string HubDirectory => Path.Combine(Root, "hub");

    /// <summary>The Hub's SQLite file (relative <c>data/hub.db</c> of its working folder).</summary>
    public string HubDatabase => Path.Combine(HubDirectory, "data", "hub.db");

    public string NodeDataDirectory => Path.Combine(Root, "node", "data");

    public static async Task<JourneyHall> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("cn-dossier-journey-").FullName;
        var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = Path.Combine(root, "printer") });
        printer.Start();
        var hall = new JourneyHall(root, FreePort.Next(), FreePort.Next(), printer, await SocatPtyPair.StartAsync());
        await hall.StartHubAsync();
        hall.Node = AppProcess.Start(AppKind.Node, Path.Combine(root, "node"),
        [
            $"--Urls={hall.NodeAddress}",
            "--Node:NodeId=counter-01",
            "--Node:CounterNumber=1",
            $"--Node:HubUrl={hall.HubAddress}",
            $"--Node:DataDirectory={hall.NodeDataDirectory}",
            // Pulls are rare: a notice arriving within seconds came by the Hub's push (poke), not a periodic pull.
            "--Node:Sync:PullInterval=00:00:30",
            "--Node:Sync:ReconnectMaxDelay=00:00:01",
            // A loaded test machine must not turn an online answer into a reserve number.
            "--Node:Sync:NumberDeadline=00:00:03",
            "--Printing:Enabled=true",
            "--Printing:Transport=Tcp",
            "--Printing:Host=127.0.0.1",
            $"--Printing:Port={printer.Port}",
            // Code-page text: the virtual printer's transcript holds the printed words for the test to read.
            "--Printing:TextMode=CodePage",
            "--Printing:RetryDelay=00:00:00.200",
            "--Scanner:Kind=Serial",
            $"--Scanner:Device={hall.Scanner.First}",
        ]);
        await hall.Node.WaitForHttpAsync(new Uri(hall.NodeAddress, "/health"), TimeSpan.FromSeconds(60));
        return hall;
    }

    /// <summary>Starts the Hub on its fixed port and data (again after <see cref="StopHubAsync"/>).</summary>
    public async Task StartHubAsync()
    {
        Hub = AppProcess.Start(AppKind.Hub, HubDirectory,
        [
            $"--Urls={HubAddress}",
            $"--Hub:Sync:AdminKey={AdminKey}",
            // A safety net only: electronic dossiers go at once on the commit signal.
            "--Hub:Dossiers:ElectronicPollInterval=00:00:02",
        ]);
        await Hub.WaitForHttpAsync(new Uri(HubAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    /// <summary>SIGTERM to the Hub; asserts a clean exit.</summary>
    public async Task StopHubAsync()
    {
        var hub = Hub ?? throw new InvalidOperationException("The Hub is not running.");
        Assert.Equal(0, await hub.StopAsync(TimeSpan.FromSeconds(30)));
        await hub.DisposeAsync();
        Hub = null;
    }

    /// <summary>Sends <paramref name="text"/> as one scan, the way a serial line scanner does (text, CR LF).</summary>
    public async Task ScanAsync(string text)
    {
        // One open writer for the whole journey: the scanner's cable stays plugged in.
        _scannerWire ??= new FileStream(Scanner.Second, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        await _scannerWire.WriteAsync(System.Text.Encoding.ASCII.GetBytes(text + "\r\n"));
    }

    /// <summary>The officer's console at counter 1: a cookie client signed in with the PIN.</summary>
    public async Task<HttpClient> SignedInCounterAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = NodeAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync("/api/console/sign-in", new { officerId = OfficerId, pin = OfficerPin });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return http;
    }

    /// <summary>Stops the node and the Hub (SIGTERM) so their log files are complete.</summary>
    public async Task StopAllAsync()
    {
        if (!Node.HasExited)
            await Node.StopAsync(TimeSpan.FromSeconds(30));
        if (Hub is not null)
            await StopHubAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        if (Hub is not null)
            await Hub.DisposeAsync();
        await Printer.DisposeAsync();
        if (_scannerWire is not null)
            await _scannerWire.DisposeAsync();
        await Scanner.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
