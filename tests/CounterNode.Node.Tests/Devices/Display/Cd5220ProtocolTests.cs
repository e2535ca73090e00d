using System.Text;
using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Tests.Devices.Display;

/// <summary>CD5220 bytes checked against hardware-notes/DISPLAY-SCANNER.md.</summary>
public class Cd5220ProtocolTests
{
    private readonly Cd5220Protocol _cd5220 = new();

    [Fact]
    public void Screen_is_ESC_Q_A_upper_CR_then_ESC_Q_B_lower_CR()
    {
        var upper = "Moi so          A012";
        var lower = "Den quay           3";

        var bytes = _cd5220.WriteScreen(new PoleLines(upper, lower));

        byte[] expected = [0x1B, 0x51, 0x41, .. Encoding.ASCII.GetBytes(upper), 0x0D, 0x1B, 0x51, 0x42, .. Encoding.ASCII.GetBytes(lower), 0x0D];
        Assert.Equal(expected, bytes);
        Assert.Equal(3 + 20 + 1 + 3 + 20 + 1, bytes.Length);
    }

    [Fact]
    public void Brightness_is_ESC_star_n_and_nothing_else_is_sent_at_start()
    {
        Assert.Equal(new byte[] { 0x1B, 0x2A, 0x02 }, _cd5220.Initialize(2));
        Assert.Empty(_cd5220.Initialize(null));
    }

    [Fact]
    public void Clear_writes_two_blank_lines()
    {
        byte[] expected = [0x1B, 0x51, 0x41, .. Enumerable.Repeat((byte)' ', 20), 0x0D, 0x1B, 0x51, 0x42, .. Enumerable.Repeat((byte)' ', 20), 0x0D];
        Assert.Equal(expected, _cd5220.Clear());
    }

    [Fact]
    public void It_has_no_blink_command_so_the_driver_must_emulate()
    {
        Assert.False(_cd5220.CanBlink);
        Assert.Throws<NotSupportedException>(() => _cd5220.StartBlink(TimeSpan.FromMilliseconds(500)));
    }
}
