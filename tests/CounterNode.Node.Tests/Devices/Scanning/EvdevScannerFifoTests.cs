using System.Diagnostics;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Evdev;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Devices.Scanning;

/// <summary>
/// The evdev scanner end to end on a real FIFO (/dev/uinput is not available here): recorded
/// input_event records go in, scans come out; the grab fails with ENOTTY and reading goes on.
/// A fake clock keeps the idle timer out of the way: gaps come from the records' own timestamps.
/// </summary>
public sealed class EvdevScannerFifoTests : IDisposable
{
    private const int Enotty = 25;
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-evdev-").FullName;

    [Fact]
    public async Task Recorded_scans_through_a_FIFO_come_out_in_order_with_garbled_ones_rejected()
    {
        var fifo = MakeFifo("kbd");
        var recording = new EvdevRecording()
            .Type("H34-261008-0975").Enter()
            .Pause(TimeSpan.FromSeconds(2)).Type("A012").Tap(59).Enter()
            .Pause(TimeSpan.FromSeconds(2)).Type("H34-26").Pause(TimeSpan.FromMilliseconds(250)).Type("1008").Enter()
            .Pause(TimeSpan.FromSeconds(2)).Type("b-07").Enter()
            .Pause(TimeSpan.FromSeconds(2)).Type("cut-off");
        await using var scanner = new EvdevBarcodeScanner(fifo, grab: true, new ScanValidationSettings(64, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), false), new FakeTimeProvider(), NullLogger<EvdevBarcodeScanner>.Instance);
        var writer = WriteInPiecesAsync(fifo, recording.ToBytes());

        var results = await ReadAllAsync(scanner);
        await writer;

        Assert.Equal(
            ["accepted H34-261008-0975", "rejected UnknownKey", "rejected Partial", "rejected Partial", "accepted b-07", "rejected Partial"],
            results.Select(Describe));
        Assert.Equal(Enotty, await scanner.GrabResult.WaitAsync(SafetyNet));
    }

    [Fact]
    public async Task Without_grab_nothing_is_attempted()
    {
        var fifo = MakeFifo("nograb");
        await using var scanner = new EvdevBarcodeScanner(fifo, grab: false, ScanValidationSettings.Default, new FakeTimeProvider(), NullLogger<EvdevBarcodeScanner>.Instance);
        var writer = WriteInPiecesAsync(fifo, new EvdevRecording().Type("X1").Enter().ToBytes());

        var results = await ReadAllAsync(scanner);
        await writer;

        Assert.Equal(["accepted X1"], results.Select(Describe));
        Assert.Equal(-1, await scanner.GrabResult);
    }

    [Fact]
    public async Task A_missing_device_is_reported_as_unreachable()
    {
        await using var scanner = new EvdevBarcodeScanner(Path.Combine(_directory, "missing"), grab: true, ScanValidationSettings.Default, new FakeTimeProvider(), NullLogger<EvdevBarcodeScanner>.Instance);

        await Assert.ThrowsAsync<CounterNode.Node.Devices.Transports.DeviceUnreachableException>(() => ReadAllAsync(scanner));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Describe(ScanResult result) => result switch
    {
        ScanAccepted a => $"accepted {a.Text}",
        ScanRejected r => $"rejected {r.Reason}",
        _ => "?",
    };

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

    /// <summary>Writes in odd-sized pieces so records arrive split across reads, as a FIFO may deliver them.</summary>
    private static Task WriteInPiecesAsync(string fifo, byte[] bytes) => Task.Run(async () =>
    {
        // Opening a FIFO for writing waits for the reader, like the scanner's open waits for us.
        await using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        for (var offset = 0; offset < bytes.Length; offset += 37)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(37, bytes.Length - offset)));
            await stream.FlushAsync();
        }
    });

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_directory, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
