using System.Text;
using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Tests.Devices.Display;

/// <summary>DM-D bytes checked against the table in hardware-notes/DISPLAY-SCANNER.md.</summary>
public class DmdProtocolTests
{
    private readonly DmdProtocol _dmd = new();

    [Fact]
    public void Initialise_is_ESC_at_then_overwrite_mode()
    {
        Assert.Equal(new byte[] { 0x1B, 0x40, 0x1F, 0x01 }, _dmd.Initialize(null));
    }

    [Fact]
    public void Initialise_with_brightness_adds_US_X_n()
    {
        Assert.Equal(new byte[] { 0x1B, 0x40, 0x1F, 0x01, 0x1F, 0x58, 0x03 }, _dmd.Initialize(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => _dmd.Initialize(5));
    }

    [Fact]
    public void Screen_is_written_with_cursor_moves_to_row_1_and_row_2()
    {
        var upper = "Moi so          A012";
        var lower = "Den quay           3";

        var bytes = _dmd.WriteScreen(new PoleLines(upper, lower));

        byte[] expected = [0x1F, 0x24, 0x01, 0x01, .. Encoding.ASCII.GetBytes(upper), 0x1F, 0x24, 0x01, 0x02, .. Encoding.ASCII.GetBytes(lower)];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Clear_is_FF()
    {
        Assert.Equal(new byte[] { 0x0C }, _dmd.Clear());
    }

    [Theory]
    [InlineData(500, 10)]
    [InlineData(50, 1)]
    [InlineData(10, 1)]
    [InlineData(250, 5)]
    [InlineData(60_000, 254)]
    public void Blink_is_US_E_n_in_50_ms_units_never_0_or_255(int milliseconds, byte n)
    {
        Assert.Equal(new byte[] { 0x1F, 0x45, n }, _dmd.StartBlink(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Stop_blink_is_US_E_0()
    {
        Assert.Equal(new byte[] { 0x1F, 0x45, 0x00 }, _dmd.StopBlink());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("twenty-one characters")]
    [InlineData("Quầy 3              ")]
    [InlineData("tab\there            ")]
    public void A_line_that_is_not_20_printable_ASCII_characters_is_refused(string line)
    {
        Assert.Throws<ArgumentException>(() => _dmd.WriteScreen(new PoleLines(line, new string(' ', 20))));
    }
}
