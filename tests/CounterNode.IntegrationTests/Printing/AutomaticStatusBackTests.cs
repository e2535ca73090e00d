using CounterNode.Node.Devices.Printing.Protocol;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Devices.Printing.Transport;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>GS a over a real socket: the virtual printer pushes a 4-byte block on every change while connected.</summary>
public sealed class AutomaticStatusBackTests
{
    [Fact]
    public async Task Changes_while_connected_arrive_as_automatic_status_back()
    {
        await using var bench = PrinterBench.Start();
        var transport = new TcpPrinterTransport("127.0.0.1", bench.Printer.Port, TimeSpan.FromSeconds(2));
        await using var connection = new EscPosConnection(await transport.OpenAsync(CancellationToken.None), TimeSpan.FromSeconds(2), TimeProvider.System);
        var pushed = new List<PrinterStatus>();
        connection.AutomaticStatusReceived += (_, s) => pushed.Add(s);

        await connection.EnableAutomaticStatusBackAsync(CancellationToken.None);
        Assert.True((await connection.ReadStatusAsync(CancellationToken.None)).CanPrint);
        Assert.Equal([PrinterStatus.Ready], pushed); // sent at once when enabled

        bench.Printer.State.Apply("cover-open");
        await Task.Delay(100);
        var status = await connection.ReadStatusAsync(CancellationToken.None);

        Assert.True(status.CoverOpen);
        Assert.Equal(2, pushed.Count);
        Assert.True(pushed[1].CoverOpen);
        Assert.False(pushed[1].Online);
    }

    [Fact]
    public async Task Control_commands_script_the_printer_state()
    {
        await using var bench = PrinterBench.Start();
        var state = bench.Printer.State;
        Assert.True(state.Apply("paper-low"));
        Assert.Equal(0x1E, state.RealTimeStatus(4));
        Assert.True(state.Apply("paper-out"));
        Assert.Equal(0x7E, state.RealTimeStatus(4));
        Assert.Equal(0x1A, state.RealTimeStatus(1));
        Assert.False(state.CanPrint);
        Assert.True(state.Apply("ready"));
        Assert.True(state.CanPrint);
        Assert.False(state.Apply("launch-rockets"));
        Assert.False(state.Apply("reset-after -3"));
    }
}
