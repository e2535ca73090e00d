using CounterNode.IntegrationTests.Infrastructure;
using System.Text;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Streams;
using CounterNode.Node.Devices.Transports;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.IntegrationTests.Devices;

/// <summary>The serial scanner driver on a real pty: the test plays the scanner on the other end of a socat pair.</summary>
public class SerialScannerOverPtyTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Lines_written_on_one_pty_are_scans_on_the_other_and_garbage_is_rejected()
    {
        await using var pty = await SocatPtyPair.StartAsync();
        // A generous inter-key timeout: the pty may split writes, and this test is about the line protocol.
        var settings = ScanValidationSettings.Default with { InterKeyTimeout = TimeSpan.FromSeconds(5) };
        await using var scanner = new SerialBarcodeScanner(pty.First, new SerialLineSettings(), settings, TimeProvider.System, NullLogger<SerialBarcodeScanner>.Instance);
        using var timeout = new CancellationTokenSource(SafetyNet);
        await using var scans = scanner.ReadScansAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = scans.MoveNextAsync();

        await using (var device = new FileStream(pty.Second, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0))
        {
            await device.WriteAsync(Encoding.ASCII.GetBytes("H34-261008-0975\r\n"), timeout.Token);
            await device.WriteAsync(new byte[] { 0x48, 0x33, 0xFF, 0x00, 0x0D }, timeout.Token);
            await device.WriteAsync(Encoding.UTF8.GetBytes("001099012345|Nguyễn Văn An\r"), timeout.Token);
        }

        Assert.True(await first);
        Assert.Equal("H34-261008-0975", Assert.IsType<ScanAccepted>(scans.Current).Text);
        Assert.True(await scans.MoveNextAsync());
        Assert.Equal(ScanRejectReason.InvalidEncoding, Assert.IsType<ScanRejected>(scans.Current).Reason);
        Assert.True(await scans.MoveNextAsync());
        Assert.Equal("001099012345|Nguyễn Văn An", Assert.IsType<ScanAccepted>(scans.Current).Text);
    }

    [Fact]
    public async Task A_missing_serial_device_is_unreachable()
    {
        await using var scanner = new SerialBarcodeScanner("/tmp/cn-no-such-tty", new SerialLineSettings(), ScanValidationSettings.Default, TimeProvider.System, NullLogger<SerialBarcodeScanner>.Instance);

        await Assert.ThrowsAsync<DeviceUnreachableException>(async () =>
        {
            await foreach (var unused in scanner.ReadScansAsync(CancellationToken.None))
            {
            }
        });
    }
}
