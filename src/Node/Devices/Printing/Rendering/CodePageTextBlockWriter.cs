using System.Globalization;
using System.Text;
using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Text;

namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>
/// Writes text with the printer's own font: alignment, bold and size commands, lines wrapped to
/// the profile's characters per line (counting letters, not bytes — a tone byte takes no column).
/// </summary>
internal sealed class CodePageTextBlockWriter(PrinterProfile profile, ICodePageTextEncoder encoder) : ITextBlockWriter
{
    public void Begin(EscPosBuilder output) => output.SelectCodePage(encoder.CodePage);

    public void Write(EscPosBuilder output, IReadOnlyList<PrintBlock> run)
    {
        foreach (var block in run)
        {
            switch (block)
            {
                case TextBlock text:
                    WriteText(output, text);
                    break;
                case FeedBlock feed:
                    output.Feed((byte)Math.Clamp(feed.Lines, 0, 255));
                    break;
                case RuleBlock:
                    output.Align(TextAlignment.Left).Line(new string('-', profile.CharactersPerLine));
                    break;
                default:
                    throw new ArgumentException($"Not a text block: {block.GetType().Name}.", nameof(run));
            }
        }
    }

    private void WriteText(EscPosBuilder output, TextBlock text)
    {
        var scale = Math.Clamp(text.Scale, 1, 8);
        var columns = Math.Max(1, profile.CharactersPerLine / scale);
        output.Align(text.Alignment).Bold(text.Bold).CharacterSize(scale, scale);
        foreach (var line in Wrap(text.Text, columns))
        {
            output.Raw(encoder.Encode(line)).NewLine();
        }

        output.Bold(false).CharacterSize(1, 1);
    }

    /// <summary>Word wrap counting text elements (what the printer prints as one column).</summary>
    internal static IEnumerable<string> Wrap(string text, int columns)
    {
        foreach (var raw in text.Normalize(NormalizationForm.FormC).Split('\n'))
        {
            // Leading spaces are indentation (list items): keep them on the first line.
            var paragraph = raw.TrimStart(' ');
            var indent = Math.Min(raw.Length - paragraph.Length, columns - 1);
            var current = new StringBuilder(new string(' ', indent));
            var currentLength = indent;
            var atStart = true;
            foreach (var word in paragraph.Split(' '))
            {
                var remaining = word;
                var wordLength = new StringInfo(remaining).LengthInTextElements;
                var needed = atStart ? currentLength + wordLength : currentLength + 1 + wordLength;
                if (needed <= columns)
                {
                    if (!atStart)
                    {
                        current.Append(' ');
                    }

                    current.Append(remaining);
                    currentLength = needed;
                    atStart = false;
                    continue;
                }

                if (!atStart || currentLength > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                    currentLength = 0;
                }

                while (wordLength > columns)
                {
                    var info = new StringInfo(remaining);
                    yield return info.SubstringByTextElements(0, columns);
                    remaining = info.SubstringByTextElements(columns);
                    wordLength -= columns;
                }

                current.Append(remaining);
                currentLength += wordLength;
                atStart = false;
            }

            yield return current.ToString();
        }
    }
}
