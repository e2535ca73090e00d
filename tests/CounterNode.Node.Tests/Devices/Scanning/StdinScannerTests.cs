using System.IO.Pipes;
using System.Text;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Streams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Devices.Scanning;

/// <summary>The stdin scanner over a real redirected stream (an OS pipe, as when input is piped into the node).</summary>
public class StdinScannerTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Piped_lines_become_scans_and_garbage_is_rejected()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        await using var scanner = new StdinBarcodeScanner(ScanValidationSettings.Default, new FakeTimeProvider(), NullLogger<StdinBarcodeScanner>.Instance, () => client);

        await pipe.WriteAsync(Encoding.UTF8.GetBytes("H34-261008-0975\n\nA\u0007B\nQuầy 3\r\n"));
        await pipe.WriteAsync(new byte[] { 0x41, 0xFF, 0x0A, (byte)'t', (byte)'a', (byte)'i', (byte)'l' });
        pipe.Close();

        var results = new List<ScanResult>();
        using var timeout = new CancellationTokenSource(SafetyNet);
        await foreach (var result in scanner.ReadScansAsync(timeout.Token))
        {
            results.Add(result);
        }

        Assert.Collection(
            results,
            r => Assert.Equal("H34-261008-0975", Assert.IsType<ScanAccepted>(r).Text),
            r => Assert.Equal(ScanRejectReason.ControlCharacter, Assert.IsType<ScanRejected>(r).Reason),
            r => Assert.Equal("Quầy 3", Assert.IsType<ScanAccepted>(r).Text),
            r => Assert.Equal(ScanRejectReason.InvalidEncoding, Assert.IsType<ScanRejected>(r).Reason),
            r => Assert.Equal(ScanRejectReason.Partial, Assert.IsType<ScanRejected>(r).Reason));
    }

    [Fact]
    public async Task Characters_left_without_a_terminator_expire_as_partial_on_the_idle_timer()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        // Real clock here: the idle timer itself is under test. Only the outcome is asserted.
        var settings = ScanValidationSettings.Default with { InterKeyTimeout = TimeSpan.FromMilliseconds(50) };
        await using var scanner = new StdinBarcodeScanner(settings, TimeProvider.System, NullLogger<StdinBarcodeScanner>.Instance, () => client);
        using var timeout = new CancellationTokenSource(SafetyNet);
        await using var scans = scanner.ReadScansAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        await pipe.WriteAsync("H34-26"u8.ToArray(), timeout.Token);
        Assert.True(await scans.MoveNextAsync());

        Assert.Equal(ScanRejectReason.Partial, Assert.IsType<ScanRejected>(scans.Current).Reason);
        Assert.Equal("Mã quét không trọn vẹn. Vui lòng quét lại.", ((ScanRejected)scans.Current).DisplayMessage);
    }
}
