using System.Globalization;
using System.Text.Json.Nodes;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.VirtualDisplay;
using CounterNode.VirtualPrinter;

namespace CounterNode.IntegrationTests.Demo;

/// <summary>
/// A small real hall: the Hub process (SQLite file), a kiosk node printing to a virtual printer
/// (TCP), counter nodes 1 and 2 each with a virtual pole display (TCP) and a hall node with voice
/// to WAV files; all real processes on loopback, with the demo's open-all-hours setting. Service
/// A is served by both counters so the two can collide on one ticket while the Hub is down.
/// </summary>
internal sealed class DemoHall : IAsyncDisposable
{
    public const string OfficerId = "cb01";
    public const string OfficerPin = "1234";

    private readonly string _root;
    private readonly int _hubPort = FreePort.Next();
    private readonly string? _seedFile;
    private readonly List<AppProcess> _nodes = [];

    private DemoHall(string root, string? seedFile)
    {
        _root = root;
        _seedFile = seedFile;
    }

    public AppProcess Hub { get; private set; } = null!;

    public Uri HubAddress => new($"http://127.0.0.1:{_hubPort}");

    public VirtualPrinterServer Printer { get; private set; } = null!;

    public VirtualDisplayServer[] Displays { get; } = new VirtualDisplayServer[2];

    public Uri Kiosk { get; private set; } = null!;

    public Uri[] Counters { get; } = new Uri[2];

    public Uri HallNode { get; private set; } = null!;

    public AppProcess HallProcess { get; private set; } = null!;

    public string HallVoiceDirectory => Path.Combine(_root, "hall-01", "data", "voice");

    public static async Task<DemoHall> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("cn-demo-hall-").FullName;
        var hall = new DemoHall(root, WriteSeedFile(root));
        await hall.StartAllAsync();
        return hall;
    }

    public async Task StopHubAsync() => Assert.Equal(0, await Hub.StopAsync(TimeSpan.FromSeconds(30)));

    public async Task StartHubAsync()
    {
        var arguments = new List<string>
        {
            $"--Urls={HubAddress.ToString().TrimEnd('/')}",
            $"--Hub:ConnectionString=Data Source={Path.Combine(_root, "hub", "hub.db")}",
        };
        if (_seedFile is not null)
            arguments.Add($"--Hub:Catalogue:SeedFile={_seedFile}");
        Hub = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "hub"), arguments);
        await Hub.WaitForHttpAsync(new Uri(HubAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    private async Task StartAllAsync()
    {
        Printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = Path.Combine(_root, "printer") });
        Printer.Start();
        for (var i = 0; i < Displays.Length; i++)
        {
            Displays[i] = new VirtualDisplayServer(new VirtualDisplayState(), 0);
            Displays[i].Start();
        }

        await StartHubAsync();
        Kiosk = StartNode("kiosk-01", "Kiosk",
            ["--Printing:Enabled=true", "--Printing:Transport=Tcp", "--Printing:Host=127.0.0.1", $"--Printing:Port={Printer.Port}"]);
        for (var i = 0; i < Counters.Length; i++)
        {
            var n = i + 1;
            Counters[i] = StartNode($"counter-0{n}", "Counter",
                [$"--Node:CounterNumber={n}", "--Display:Kind=DmD", $"--Display:Port=127.0.0.1:{Displays[i].Port}"]);
        }

        HallNode = StartNode("hall-01", "Hall", ["--Voice:Enabled=true", "--Voice:Output=Folder"]);
        HallProcess = _nodes[^1];
        foreach (var (node, address) in _nodes.Zip([Kiosk, .. Counters, HallNode]))
            await node.WaitForHttpAsync(new Uri(address, "/health"), TimeSpan.FromSeconds(60));
    }

    private Uri StartNode(string id, string role, IEnumerable<string> extra)
    {
        var port = FreePort.Next();
        var dir = Path.Combine(_root, id);
        var arguments = new List<string>
        {
            $"--Urls=http://127.0.0.1:{port}",
            $"--Node:NodeId={id}",
            $"--Node:Role={role}",
            $"--Node:Key=dev-key-{id}-change-me",
            $"--Node:HubUrl={HubAddress.ToString().TrimEnd('/')}",
            $"--Node:DataDirectory={Path.Combine(dir, "data")}",
            "--Node:Sync:PullInterval=00:00:01",
            "--Node:Sync:ReconnectMaxDelay=00:00:01",
            "--Node:Sync:RequestTimeout=00:00:03",
            "--Demo:OpenAllHours=true",
            "--Health:Debounce=00:00:00.200",
            // Service A at counters 1 and 2 (node-side catalogue; the Hub's seed says the same).
            "--Queue:Services:0:Counters:0=1",
            "--Queue:Services:0:Counters:1=2",
        };
        arguments.AddRange(extra);
        _nodes.Add(AppProcess.Start(AppKind.Node, dir, arguments));
        return new Uri($"http://127.0.0.1:{port}");
    }

    // The Hub's catalogue seed with counter 2 also serving A (when the Hub ships a seed file).
    private static string? WriteSeedFile(string root)
    {
        var shipped = Path.Combine(RepoPaths.Root, "src", "Hub", "Catalogue", "sample-center.json");
        if (!File.Exists(shipped))
            return null;
        var seed = JsonNode.Parse(File.ReadAllText(shipped))!;
        if (seed["counters"] is JsonArray counters)
        {
            foreach (var counter in counters)
            {
                if (counter?["number"]?.GetValue<int>() == 2 && counter["services"] is JsonArray services
                    && !services.Any(s => s?.GetValue<string>() == "A"))
                    services.Add("A");
            }
        }

        var path = Path.Combine(root, "seed-center.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
        if (Hub is not null)
            await Hub.DisposeAsync();
        foreach (var display in Displays)
        {
            if (display is not null)
                await display.DisposeAsync();
        }

        if (Printer is not null)
            await Printer.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a process may still hold a log file for a moment.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    /// <summary>The last lines of every process, for a failing test's output.</summary>
    public string Logs(int lines = 60) =>
        string.Join("\n", new[] { Hub }.Concat(_nodes).Where(p => p is not null)
            .Select(p => $"===== {p.WorkingDirectory}\n{string.Join('\n', p.Lines.TakeLast(lines))}"));

    /// <summary>Retries <paramref name="probe"/> until it returns true.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> probe, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: {what}");
            await Task.Delay(200);
        }
    }
}
