using System.Diagnostics;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Evdev;
using CounterNode.Node.Devices.Scanning.Streams;
using CounterNode.Node.Devices.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.IntegrationTests.Devices;

/// <summary>The virtual scanner process feeding the node's scanner drivers: keyboard wedge into a FIFO, serial over a socat pty.</summary>
public sealed class VirtualScannerProcessTests : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-vscanner-").FullName;

    [Fact]
    public async Task Keyboard_wedge_records_through_a_FIFO_become_scans()
    {
        var fifo = Path.Combine(_directory, "event-kbd");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A generous idle timeout: a busy machine may delay the simulator between keys; gaps inside a
        // scan are measured on the records' own timestamps (2 ms apart) anyway.
        var settings = ScanValidationSettings.Default with { InterKeyTimeout = TimeSpan.FromSeconds(5) };
        await using var scanner = new EvdevBarcodeScanner(fifo, grab: true, settings, TimeProvider.System, NullLogger<EvdevBarcodeScanner>.Instance);
        using var simulator = StartSimulator("--evdev", fifo);
        await simulator.StandardInput.WriteLineAsync("H34-261008-0975");
        await simulator.StandardInput.WriteLineAsync("Quầy");
        await simulator.StandardInput.WriteLineAsync("A012");
        simulator.StandardInput.Close();

        var results = await ReadAllAsync(scanner);
        await simulator.WaitForExitAsync();

        // "Quầy" cannot be typed on a US keyboard: the simulator refuses it, as a real wedge would garble it.
        Assert.Equal(["H34-261008-0975", "A012"], results.Select(r => Assert.IsType<ScanAccepted>(r).Text));
        Assert.NotEqual(0, await scanner.GrabResult);
    }

    [Fact]
    public async Task A_serial_scanner_simulated_on_a_pty_is_read_by_the_node()
    {
        await using var pty = await SocatPtyPair.StartAsync();
        var settings = ScanValidationSettings.Default with { InterKeyTimeout = TimeSpan.FromSeconds(5) };
        await using var scanner = new SerialBarcodeScanner(pty.First, new SerialLineSettings(), settings, TimeProvider.System, NullLogger<SerialBarcodeScanner>.Instance);
        using var timeout = new CancellationTokenSource(SafetyNet);
        await using var scans = scanner.ReadScansAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = scans.MoveNextAsync();

        using var simulator = StartSimulator("--pty", pty.Second, "--lf");
        await simulator.StandardInput.WriteLineAsync("H34-261008-0976");
        await simulator.StandardInput.WriteLineAsync("001099012345|Nguyễn Văn An");
        simulator.StandardInput.Close();

        Assert.True(await first);
        Assert.Equal("H34-261008-0976", Assert.IsType<ScanAccepted>(scans.Current).Text);
        Assert.True(await scans.MoveNextAsync());
        Assert.Equal("001099012345|Nguyễn Văn An", Assert.IsType<ScanAccepted>(scans.Current).Text);
        await simulator.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, simulator.ExitCode);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Process StartSimulator(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.TestBin, "CounterNode.VirtualScanner.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<List<ScanResult>> ReadAllAsync(IBarcodeScanner scanner)
    {
        using var timeout = new CancellationTokenSource(SafetyNet);
        var results = new List<ScanResult>();
        await foreach (var result in scanner.ReadScansAsync(timeout.Token))
        {
            results.Add(result);
        }

        return results;
    }
}
