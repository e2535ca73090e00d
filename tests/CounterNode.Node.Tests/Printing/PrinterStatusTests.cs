using CounterNode.Node.Devices.Printing.Protocol;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Devices.Printing.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Printing;

/// <summary>Status decoding and the status conversation, replaying recorded byte sequences.</summary>
public sealed class PrinterStatusTests
{
    [Fact]
    public void Idle_epson_replies_decode_as_ready()
    {
        var status = PrinterStatusDecoder.FromRealTime(0x16, 0x12, 0x12, 0x12);
        Assert.Equal(PrinterStatus.Ready, status);
        Assert.True(status.CanPrint);
    }

    [Fact]
    public void Paper_end_and_cover_open_decode()
    {
        var paperOut = PrinterStatusDecoder.FromRealTime(0x1E, 0x32, 0x12, 0x7E);
        Assert.True(paperOut.PaperOut);
        Assert.False(paperOut.Online);
        Assert.False(paperOut.CanPrint);
        Assert.Equal("offline, paper-out", paperOut.Summary());

        var cover = PrinterStatusDecoder.FromRealTime(0x1E, 0x16, 0x12, 0x12);
        Assert.True(cover.CoverOpen);
        Assert.False(cover.PaperOut);

        var nearEnd = PrinterStatusDecoder.FromRealTime(0x16, 0x12, 0x12, 0x1E);
        Assert.True(nearEnd.PaperNearEnd);
        Assert.True(nearEnd.CanPrint);

        var cutter = PrinterStatusDecoder.FromRealTime(0x1E, 0x52, 0x1A, 0x12);
        Assert.True(cutter.CutterError);
        Assert.False(cutter.CanPrint);
    }

    [Theory]
    [InlineData(0xFF)]
    [InlineData(0x00)]
    [InlineData(0x10)]
    public void Bytes_without_the_fixed_bits_are_rejected(byte garbage)
    {
        var error = Assert.Throws<PrinterStatusFormatException>(() => PrinterStatusDecoder.FromRealTime(0x16, garbage, 0x12, 0x12));
        Assert.Equal([garbage], error.Received);
    }

    [Fact]
    public void Automatic_status_back_blocks_decode()
    {
        Assert.Equal(PrinterStatus.Ready, PrinterStatusDecoder.FromAutomaticStatusBack([0x10, 0x00, 0x00, 0x00]));
        var paperOut = PrinterStatusDecoder.FromAutomaticStatusBack([0x18, 0x00, 0x0F, 0x00]);
        Assert.True(paperOut.PaperOut);
        Assert.False(paperOut.Online);
        var cover = PrinterStatusDecoder.FromAutomaticStatusBack([0x38, 0x00, 0x00, 0x00]);
        Assert.True(cover.CoverOpen);
        Assert.Throws<PrinterStatusFormatException>(() => PrinterStatusDecoder.FromAutomaticStatusBack([0x12, 0x00, 0x00, 0x00]));
    }

    [Fact]
    public async Task Conversation_skips_xon_xoff_and_takes_interleaved_automatic_status()
    {
        // Recorded: ASB block + XON before the first reply, then plain replies.
        var stream = new ScriptedStream([0x10, 0x00, 0x00, 0x00, 0x11, 0x16], [0x12], [0x13, 0x12], [0x12]);
        await using var connection = new EscPosConnection(stream, TimeSpan.FromSeconds(5), TimeProvider.System);
        var automatic = new List<PrinterStatus>();
        connection.AutomaticStatusReceived += (_, s) => automatic.Add(s);

        var status = await connection.ReadStatusAsync(CancellationToken.None);

        Assert.Equal(PrinterStatus.Ready, status);
        Assert.Single(automatic);
        Assert.Equal(Convert.FromHexString("100401100402100403100404"), stream.Written);
    }

    [Fact]
    public async Task Garbage_reply_is_a_clear_error()
    {
        var stream = new ScriptedStream([0xFF]);
        await using var connection = new EscPosConnection(stream, TimeSpan.FromSeconds(5), TimeProvider.System);
        var error = await Assert.ThrowsAsync<PrinterStatusFormatException>(() => connection.ReadStatusAsync(CancellationToken.None));
        Assert.Contains("0xFF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silent_printer_times_out()
    {
        var time = new FakeTimeProvider();
        var stream = new ScriptedStream(); // never answers
        await using var connection = new EscPosConnection(stream, TimeSpan.FromSeconds(2), time);
        var read = connection.ReadStatusAsync(CancellationToken.None);
        while (!read.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var error = await Assert.ThrowsAsync<PrinterTimeoutException>(() => read);
        Assert.Contains("DLE EOT 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_publishes_changes_only()
    {
        var monitor = new PrinterStatusMonitor("receipt", new FakeTimeProvider(), NullLogger<PrinterStatusMonitor>.Instance);
        var events = new List<PrinterStatusChanged>();
        monitor.StatusChanged += (_, e) => events.Add(e);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        // MoveNextAsync runs the iterator up to its first await: the watcher is registered now.
        await using var watcher = monitor.WatchAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var first = watcher.MoveNextAsync();

        monitor.Report(PrinterStatus.Ready);
        monitor.Report(PrinterStatus.Ready);
        monitor.Report(PrinterStatus.Ready with { PaperOut = true, Online = false });

        var watched = new List<PrinterStatusChanged>();
        Assert.True(await first);
        watched.Add(watcher.Current);
        Assert.True(await watcher.MoveNextAsync());
        watched.Add(watcher.Current);

        Assert.Equal(2, events.Count);
        Assert.Equal(PrinterStatus.Unknown, events[0].Previous);
        Assert.True(events[1].Current.PaperOut);
        Assert.Equal(events, watched);
    }
}
