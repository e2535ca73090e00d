using System.Text;
using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>Checks shared by the pole protocols.</summary>
internal static class PoleBytes
{
    /// <summary>The ASCII bytes of a line that must be exactly 20 printable characters.</summary>
    public static byte[] Line(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length != PoleLines.Width || !AsciiTransliterator.IsPrintableAscii(line))
        {
            throw new ArgumentException($"A pole display line must be exactly {PoleLines.Width} printable ASCII characters (fit it with {nameof(PoleTextFitter)}).", nameof(line));
        }

        return Encoding.ASCII.GetBytes(line);
    }
}
