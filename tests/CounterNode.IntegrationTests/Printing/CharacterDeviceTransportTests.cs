using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.VirtualPrinter;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>
/// The device-file transport on a real character device: a pseudo-terminal pair made by socat.
/// The node writes to one end as it would to /dev/usb/lp0; the virtual printer's parser reads
/// the other end and answers status through it.
/// </summary>
public sealed class CharacterDeviceTransportTests
{
    [Theory]
    [InlineData(PrinterTransportKind.DeviceFile)]
    [InlineData(PrinterTransportKind.Serial)]
    public async Task A_job_prints_through_a_character_device(PrinterTransportKind transport)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // xunit 2 does not dispose IAsyncDisposable test classes: the pair is scoped here so
        // socat is always killed.
        await using var pty = await SocatPtyPair.StartAsync(cts.Token);
        var device = pty.First;
        var printerEnd = pty.Second;

        // The printer side: the virtual printer's parser on the other end of the pty.
        var state = new VirtualPrinterState();
        await using var printerStream = new FileStream(printerEnd, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 0, FileOptions.Asynchronous);
        using var paper = new PaperRoll(576, state);
        var printer = Task.Run(() => new EscPosParser(new StreamByteSource(printerStream), paper, new StreamStatusChannel(printerStream, state)).RunAsync(cts.Token), cts.Token);

        await using var bench = PrinterBench.Start();
        var options = bench.Options(PrintTextMode.CodePage);
        options.Transport = transport;
        options.DevicePath = device;
        options.SerialPort = device;
        var queue = bench.Queue(options, start: false);
        var id = await queue.PrintAsync(SampleDocuments.Ticket(DateTimeOffset.UnixEpoch), cts.Token);
        queue.Start();

        var job = await queue.WaitForJobAsync(id, cts.Token);
        Assert.Equal(PrintJobState.Printed, job.State);
        while (!paper.Transcript.Contains("[cut", StringComparison.Ordinal))
        {
            await Task.Delay(20, cts.Token);
        }

        Assert.Contains("SỐ THỨ TỰ CỦA QUÝ KHÁCH", paper.Transcript, StringComparison.Ordinal);
        Assert.Contains("A023", paper.Transcript, StringComparison.Ordinal);
        Assert.Equal([SampleDocuments.FollowUrl], paper.QrCodes);
        Assert.False(printer.IsFaulted);
    }

    private sealed class StreamByteSource(Stream stream) : IByteSource
    {
        private readonly byte[] _buffer = new byte[4096];
        private int _start;
        private int _end;

        public async ValueTask<int> ReadByteAsync(CancellationToken cancellationToken)
        {
            if (_start == _end)
            {
                _end = await stream.ReadAsync(_buffer, cancellationToken).AsTask().WaitAsync(cancellationToken);
                _start = 0;
                if (_end == 0)
                {
                    return -1;
                }
            }

            return _buffer[_start++];
        }
    }

    private sealed class StreamStatusChannel(Stream stream, VirtualPrinterState state) : IStatusChannel
    {
        public async Task RealTimeStatusAsync(int n, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(new[] { state.RealTimeStatus(n) }, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        public async Task AutomaticStatusBackAsync(int flags, CancellationToken cancellationToken)
        {
            if (flags != 0)
            {
                await stream.WriteAsync(state.AutomaticStatusBack(), cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        }
    }
}
