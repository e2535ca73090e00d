using System.Globalization;

namespace CounterNode.Node.Devices.Display.Text;

/// <summary>
/// What a 2×20 display shows. Call: "Moi so" + number on the upper line, "Den quay" + counter
/// on the lower line (labels configurable, with diacritics; folded to ASCII here). Idle: two
/// centred lines, "{counter}" replaced by the counter number.
/// </summary>
public sealed class PoleScreenLayout
{
    private readonly string _callLabel;
    private readonly string _counterLabel;
    private readonly string _idleUpper;
    private readonly string _idleLower;

    public PoleScreenLayout(string callLabel, string counterLabel, string idleUpper, string idleLower)
    {
        ArgumentNullException.ThrowIfNull(callLabel);
        ArgumentNullException.ThrowIfNull(counterLabel);
        ArgumentNullException.ThrowIfNull(idleUpper);
        ArgumentNullException.ThrowIfNull(idleLower);
        _callLabel = callLabel;
        _counterLabel = counterLabel;
        _idleUpper = idleUpper;
        _idleLower = idleLower;
    }

    /// <summary>The lines for a call.</summary>
    /// <exception cref="DisplayTextOverflowException">The ticket number does not fit one line.</exception>
    public PoleLines Call(DisplayCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        call.Validate();
        return new PoleLines(
            PoleTextFitter.LabelAndValue(_callLabel, call.TicketNumber, PoleLines.Width),
            PoleTextFitter.LabelAndValue(_counterLabel, call.Counter.ToString(CultureInfo.InvariantCulture), PoleLines.Width));
    }

    /// <summary>
    /// The idle lines of <paramref name="counter"/> with the department on duty on the lower line
    /// (shared counters rotate); the name is folded to ASCII and cut to the line, it is a label.
    /// </summary>
    public PoleLines Idle(int counter, string? department)
    {
        if (string.IsNullOrWhiteSpace(department))
            return Idle(counter);
        var ascii = AsciiTransliterator.ToAscii(department).Trim();
        ascii = ascii[..Math.Min(ascii.Length, PoleLines.Width)].TrimEnd();
        return Idle(counter) with { Lower = PoleTextFitter.Centre(ascii, PoleLines.Width) };
    }

    /// <summary>The idle lines of <paramref name="counter"/>.</summary>
    /// <exception cref="DisplayTextOverflowException">An idle text is wider than a line.</exception>
    public PoleLines Idle(int counter)
    {
        var number = counter.ToString(CultureInfo.InvariantCulture);
        return new PoleLines(
            PoleTextFitter.Centre(_idleUpper.Replace("{counter}", number, StringComparison.Ordinal), PoleLines.Width),
            PoleTextFitter.Centre(_idleLower.Replace("{counter}", number, StringComparison.Ordinal), PoleLines.Width));
    }
}
