namespace CounterNode.Node.Devices.Display.Text;

/// <summary>
/// Fits text into the fixed columns of a character display, explicitly: labels may be
/// shortened, values (numbers) never — they are shown in full or an exception is raised.
/// </summary>
public static class PoleTextFitter
{
    /// <summary>
    /// A line with <paramref name="label"/> on the left and <paramref name="value"/> on the right,
    /// padded to <paramref name="width"/>. The label is shortened (or dropped) to leave at least
    /// one space before the value.
    /// </summary>
    /// <exception cref="DisplayTextOverflowException">The value alone is wider than the line.</exception>
    public static string LabelAndValue(string label, string value, int width)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var asciiValue = ValueToAscii(value);
        if (asciiValue.Length > width)
        {
            throw new DisplayTextOverflowException($"'{asciiValue}' has {asciiValue.Length} characters; the display line has {width}.");
        }

        var room = width - asciiValue.Length - 1;
        var asciiLabel = AsciiTransliterator.ToAscii(label).Trim();
        asciiLabel = room <= 0 ? string.Empty : asciiLabel[..Math.Min(asciiLabel.Length, room)].TrimEnd();
        return asciiLabel.PadRight(width - asciiValue.Length) + asciiValue;
    }

    /// <summary>
    /// <paramref name="text"/> centred in <paramref name="width"/> columns.
    /// </summary>
    /// <exception cref="DisplayTextOverflowException">The text is wider than the line (idle texts carry the counter number, so they are not cut either).</exception>
    public static string Centre(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var ascii = AsciiTransliterator.ToAscii(text).Trim();
        if (ascii.Length > width)
        {
            throw new DisplayTextOverflowException($"'{ascii}' has {ascii.Length} characters; the display line has {width}.");
        }

        var left = (width - ascii.Length) / 2;
        return (new string(' ', left) + ascii).PadRight(width);
    }

    /// <summary>A value (ticket number) in ASCII; refuses characters that would turn into '?'.</summary>
    /// <exception cref="DisplayTextOverflowException">The value has characters a character display cannot show.</exception>
    public static string ValueToAscii(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var ascii = AsciiTransliterator.ToAscii(value.Trim());
        if (ascii.Contains(AsciiTransliterator.Replacement, StringComparison.Ordinal) && !value.Contains(AsciiTransliterator.Replacement, StringComparison.Ordinal))
        {
            throw new DisplayTextOverflowException($"A number to display has characters without an ASCII form ({ascii}).");
        }

        return ascii;
    }
}
