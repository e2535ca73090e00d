using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>
/// Epson DM-D command set (hardware notes, "Pole / customer displays"):
/// ESC @ initialise, US 1 overwrite mode, US X n brightness, US $ x y cursor, FF clear,
/// US E n blink (n × 50 ms; 0 = steady on).
/// </summary>
public sealed class DmdProtocol : IPoleDisplayProtocol
{
    private const byte Esc = 0x1B;
    private const byte Us = 0x1F;

    public string Name => "DM-D";

    public bool CanBlink => true;

    public byte[] Initialize(int? brightness)
    {
        // Overwrite mode so writing column 20 never scrolls the screen.
        byte[] reset = [Esc, 0x40, Us, 0x01];
        if (brightness is null)
        {
            return reset;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(brightness.Value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brightness.Value, 4);
        return [.. reset, Us, 0x58, (byte)brightness.Value];
    }

    public byte[] WriteScreen(PoleLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return [Us, 0x24, 1, 1, .. PoleBytes.Line(lines.Upper), Us, 0x24, 1, 2, .. PoleBytes.Line(lines.Lower)];
    }

    public byte[] Clear() => [0x0C];

    /// <summary>US E n with n = interval / 50 ms, kept in 1-254 (0 means steady, 255 means off).</summary>
    public byte[] StartBlink(TimeSpan interval)
    {
        var units = (int)Math.Round(interval.TotalMilliseconds / 50, MidpointRounding.AwayFromZero);
        return [Us, 0x45, (byte)Math.Clamp(units, 1, 254)];
    }

    public byte[] StopBlink() => [Us, 0x45, 0x00];
}
