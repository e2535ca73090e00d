using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>
/// CD5220 command set (hardware notes): ESC Q A &lt;20 chars&gt; CR writes the upper line,
/// ESC Q B &lt;20 chars&gt; CR the lower line, ESC * n brightness. It has no blink command the
/// notes vouch for, so the driver blinks by re-writing blank and full lines, and "clear"
/// writes two blank lines (works on every clone, unlike FF).
/// </summary>
public sealed class Cd5220Protocol : IPoleDisplayProtocol
{
    private const byte Esc = 0x1B;
    private const byte Cr = 0x0D;

    public string Name => "CD5220";

    public bool CanBlink => false;

    public byte[] Initialize(int? brightness)
    {
        if (brightness is null)
        {
            return [];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(brightness.Value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brightness.Value, 4);
        return [Esc, 0x2A, (byte)brightness.Value];
    }

    public byte[] WriteScreen(PoleLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [Esc, 0x51, 0x41, .. PoleBytes.Line(lines.Upper), Cr, Esc, 0x51, 0x42, .. PoleBytes.Line(lines.Lower), Cr];
    }

    public byte[] Clear() => WriteScreen(PoleLines.Blank);

    public byte[] StartBlink(TimeSpan interval) => throw new NotSupportedException("CD5220 has no blink command; the driver re-writes the screen.");

    public byte[] StopBlink() => throw new NotSupportedException("CD5220 has no blink command; the driver re-writes the screen.");
}
