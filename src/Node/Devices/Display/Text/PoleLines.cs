namespace CounterNode.Node.Devices.Display.Text;

/// <summary>The two lines of a character display, each exactly <see cref="Width"/> ASCII characters.</summary>
/// <param name="Upper">The upper line.</param>
/// <param name="Lower">The lower line.</param>
public sealed record PoleLines(string Upper, string Lower)
{
    /// <summary>Columns of a 2×20 pole display.</summary>
    public const int Width = 20;

    /// <summary>Two lines of spaces.</summary>
    public static PoleLines Blank { get; } = new(new string(' ', Width), new string(' ', Width));
}
