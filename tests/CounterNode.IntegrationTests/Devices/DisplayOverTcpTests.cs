using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.VirtualDisplay;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.IntegrationTests.Devices;

/// <summary>The real display drivers talking to the virtual display over a real loopback TCP socket.</summary>
public sealed class DisplayOverTcpTests : IAsyncLifetime
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);
    private readonly VirtualDisplayState _state = new();
    private VirtualDisplayServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new VirtualDisplayServer(_state, port: 0);
        _server.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DmD_shows_the_call_blinking_then_the_idle_screen_steady()
    {
        var display = Create(new DisplayOptions { Kind = DisplayKind.DmD, Port = $"127.0.0.1:{_server.Port}", BlinkCount = 3, BlinkInterval = TimeSpan.FromSeconds(10) });
        try
        {
            await display.ShowCallAsync(new DisplayCall("A012", 3), CancellationToken.None);
            var call = await _state.WaitForAsync(s => s.Upper.EndsWith("A012", StringComparison.Ordinal) && s.Blinking, SafetyNet);

            Assert.Equal("Moi so          A012", call.Upper);
            Assert.Equal("Den quay           3", call.Lower);
            Assert.Equal(200, call.BlinkUnits); // 10 s in 50 ms units; the idle screen below stops it long before it ends

            await display.ShowIdleAsync(3, CancellationToken.None);
            var idle = await _state.WaitForAsync(s => s.Upper.Contains("Quay 3", StringComparison.Ordinal), SafetyNet);

            Assert.False(idle.Blinking);
            Assert.Equal("   Xin kinh chao    ", idle.Lower);
            Assert.Equal(0, idle.UnknownCommands);
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }

    [Fact]
    public async Task CD5220_shows_the_call_and_clears()
    {
        var display = Create(new DisplayOptions { Kind = DisplayKind.Cd5220, Port = $"127.0.0.1:{_server.Port}", BlinkCount = 0 });
        try
        {
            await display.ShowCallAsync(new DisplayCall("B105", 12), CancellationToken.None);
            var call = await _state.WaitForAsync(s => s.Lower.EndsWith("12", StringComparison.Ordinal), SafetyNet);

            Assert.Equal("Moi so          B105", call.Upper);
            Assert.Equal("Den quay          12", call.Lower);

            await display.ClearAsync(CancellationToken.None);
            var cleared = await _state.WaitForAsync(s => string.IsNullOrWhiteSpace(s.Upper + s.Lower), SafetyNet);
            Assert.Equal(0, cleared.UnknownCommands);
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }

    [Fact]
    public async Task Raw_line_template_drives_an_LED_board_frame()
    {
        var display = Create(new DisplayOptions { Kind = DisplayKind.RawLine, Port = $"127.0.0.1:{_server.Port}", Template = "\\x02{address:00}{number}\\x03", Address = 7 });
        try
        {
            await display.ShowCallAsync(new DisplayCall("A012", 3), CancellationToken.None);
            var board = await _state.WaitForAsync(s => s.Boards.ContainsKey("07"), SafetyNet);

            Assert.Equal("A012", board.Boards["07"]);
            Assert.Equal(new byte[] { 0x02, 0x30, 0x37, 0x41, 0x30, 0x31, 0x32, 0x03 }, _state.RawBytes);
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_display_that_is_not_listening_is_reported_unreachable()
    {
        int closedPort;
        await using (var closed = new VirtualDisplayServer(new VirtualDisplayState(), 0))
        {
            closed.Start();
            closedPort = closed.Port;
        }

        var display = Create(new DisplayOptions { Kind = DisplayKind.DmD, Port = $"127.0.0.1:{closedPort}", BlinkCount = 0 });
        try
        {
            await Assert.ThrowsAsync<CounterNode.Node.Devices.Transports.DeviceUnreachableException>(
                () => display.ShowCallAsync(new DisplayCall("A1", 1), CancellationToken.None));
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }

    private static ICounterDisplay Create(DisplayOptions options)
    {
        var validation = new DisplayOptionsValidator().Validate(null, options);
        Assert.True(validation.Succeeded, validation.FailureMessage);
        return CounterDisplayFactory.Create(options, TimeProvider.System, NullLoggerFactory.Instance);
    }
}
