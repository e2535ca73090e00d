using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Hosting;
using CounterNode.VirtualDisplay;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.IntegrationTests.Devices;

/// <summary>The pole display drivers on a real serial port: a socat pty pair, the virtual display on the far end.</summary>
public class DisplayOverPtyTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(DisplayKind.DmD)]
    [InlineData(DisplayKind.Cd5220)]
    public async Task The_virtual_display_on_the_other_pty_shows_number_and_counter(DisplayKind kind)
    {
        await using var pty = await SocatPtyPair.StartAsync();
        var state = new VirtualDisplayState();
        await using var reader = new VirtualDisplaySerialReader(state, pty.Second);
        reader.Start();
        var options = new DisplayOptions { Kind = kind, Port = pty.First, BlinkCount = 0, Brightness = 2 };
        Assert.True(new DisplayOptionsValidator().Validate(null, options).Succeeded);
        var display = CounterDisplayFactory.Create(options, TimeProvider.System, NullLoggerFactory.Instance);
        try
        {
            await display.ShowCallAsync(new DisplayCall("C047", 5), CancellationToken.None);

            var screen = await state.WaitForAsync(s => s.Lower.EndsWith('5'), SafetyNet);
            Assert.Equal("Moi so          C047", screen.Upper);
            Assert.Equal("Den quay           5", screen.Lower);
            Assert.Equal(2, screen.Brightness);
            Assert.Equal(0, screen.UnknownCommands);
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_raw_line_template_over_serial_reaches_the_board()
    {
        await using var pty = await SocatPtyPair.StartAsync();
        var state = new VirtualDisplayState();
        await using var reader = new VirtualDisplaySerialReader(state, pty.Second);
        reader.Start();
        var options = new DisplayOptions { Kind = DisplayKind.RawLine, Port = pty.First, Template = "\\eQA{number}\\r" };
        Assert.True(new DisplayOptionsValidator().Validate(null, options).Succeeded);
        var display = CounterDisplayFactory.Create(options, TimeProvider.System, NullLoggerFactory.Instance);
        try
        {
            await display.ShowCallAsync(new DisplayCall("D099", 4), CancellationToken.None);

            var screen = await state.WaitForAsync(s => s.Upper.StartsWith("D099", StringComparison.Ordinal), SafetyNet);
            Assert.Equal("D099".PadRight(20), screen.Upper);
            Assert.Equal(new byte[] { 0x1B, 0x51, 0x41, 0x44, 0x30, 0x39, 0x39, 0x0D }, state.RawBytes);
        }
        finally
        {
            await ((IAsyncDisposable)display).DisposeAsync();
        }
    }
}
