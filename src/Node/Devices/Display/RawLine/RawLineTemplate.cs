using System.Globalization;
using System.Text;
using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Devices.Display.RawLine;

/// <summary>
/// A byte template for LED number boards, which share no standard. Syntax:
/// <list type="bullet">
/// <item>fields <c>{number}</c>, <c>{digits}</c>, <c>{counter}</c>, <c>{address}</c>; <c>{counter:000}</c> pads with zeros to
/// the count of zeros (a value longer than that is an error, never cut);</item>
/// <item>escapes <c>\xHH</c> (any byte), <c>\e</c> (ESC), <c>\r</c>, <c>\n</c>, <c>\t</c>, <c>\0</c>, <c>\\</c>, <c>\{</c>, <c>\}</c>;</item>
/// <item>any other printable ASCII character is sent as is; control characters written directly
/// (e.g. JSON <c>"\u0002"</c>) are sent as is too.</item>
/// </list>
/// In appsettings.json a backslash is written twice: <c>"\\x02{address:00}{number}\\x03"</c>
/// sends STX, two address digits, the number and ETX; <c>"\\eQA{number}\\r"</c> sends ESC Q A … CR.
/// </summary>
public sealed class RawLineTemplate
{
    private readonly IReadOnlyList<RawLineSegment> _segments;

    private RawLineTemplate(string source, IReadOnlyList<RawLineSegment> segments)
    {
        Source = source;
        _segments = segments;
    }

    /// <summary>The template as configured.</summary>
    public string Source { get; }

    /// <summary>The parsed pieces.</summary>
    public IReadOnlyList<RawLineSegment> Segments => _segments;

    /// <summary>Parses a template.</summary>
    /// <exception cref="InvalidRawLineTemplateException">Syntax error (message says where).</exception>
    public static RawLineTemplate Parse(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var segments = new List<RawLineSegment>();
        var literal = new List<byte>();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '\\')
            {
                literal.Add(ParseEscape(template, ref i));
                continue;
            }

            if (c == '{')
            {
                Flush(literal, segments);
                segments.Add(ParseField(template, ref i));
                continue;
            }

            if (c == '}')
            {
                throw new InvalidRawLineTemplateException($"Unexpected '}}' at position {i} of the template; write \\}} for a literal brace.");
            }

            if (c > 0x7F)
            {
                throw new InvalidRawLineTemplateException($"Non-ASCII character '{c}' at position {i} of the template; use \\xHH for bytes above 0x7F.");
            }

            literal.Add((byte)c);
            i++;
        }

        Flush(literal, segments);
        return new RawLineTemplate(template, segments);
    }

    /// <summary>The bytes for one call.</summary>
    /// <exception cref="DisplayTextOverflowException">A value is longer than its zero-padded width, or the number has characters without an ASCII form.</exception>
    public byte[] Render(string ticketNumber, int counter, int address)
    {
        ArgumentNullException.ThrowIfNull(ticketNumber);
        var number = PoleTextFitter.ValueToAscii(ticketNumber);
        var bytes = new List<byte>();
        foreach (var segment in _segments)
        {
            if (segment.Literal is not null)
            {
                bytes.AddRange(segment.Literal);
                continue;
            }

            var value = segment.Field switch
            {
                RawLineField.Number => number,
                RawLineField.Digits => new string([.. number.Where(char.IsAsciiDigit)]),
                RawLineField.Counter => counter.ToString(CultureInfo.InvariantCulture),
                RawLineField.Address => address.ToString(CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"Unknown field {segment.Field}."),
            };
            if (segment.ZeroPadWidth > 0)
            {
                if (value.Length > segment.ZeroPadWidth)
                {
                    throw new DisplayTextOverflowException($"{{{segment.Field.ToString().ToLowerInvariant()}}} value '{value}' is longer than its {segment.ZeroPadWidth} places in the template.");
                }

                value = value.PadLeft(segment.ZeroPadWidth, '0');
            }

            bytes.AddRange(Encoding.ASCII.GetBytes(value));
        }

        return [.. bytes];
    }

    private static void Flush(List<byte> literal, List<RawLineSegment> segments)
    {
        if (literal.Count > 0)
        {
            segments.Add(new RawLineSegment([.. literal], default, 0));
            literal.Clear();
        }
    }

    private static byte ParseEscape(string template, ref int i)
    {
        if (i + 1 >= template.Length)
        {
            throw new InvalidRawLineTemplateException($"The template ends with a lone '\\' (position {i}).");
        }

        var code = template[i + 1];
        if (code == 'x')
        {
            var hex = i + 4 <= template.Length ? template.AsSpan(i + 2, 2) : [];
            if (hex.Length != 2 || !byte.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidRawLineTemplateException($"'\\x' at position {i} needs two hex digits.");
            }

            i += 4;
            return value;
        }

        i += 2;
        return code switch
        {
            'e' => 0x1B,
            'r' => 0x0D,
            'n' => 0x0A,
            't' => 0x09,
            '0' => 0x00,
            '\\' => (byte)'\\',
            '{' => (byte)'{',
            '}' => (byte)'}',
            _ => throw new InvalidRawLineTemplateException($"Unknown escape '\\{code}' at position {i - 2}; known: \\xHH \\e \\r \\n \\t \\0 \\\\ \\{{ \\}}."),
        };
    }

    private static RawLineSegment ParseField(string template, ref int i)
    {
        var close = template.IndexOf('}', i);
        if (close < 0)
        {
            throw new InvalidRawLineTemplateException($"Unclosed '{{' at position {i} of the template.");
        }

        var inner = template[(i + 1)..close];
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? inner : inner[..colon];
        var format = colon < 0 ? string.Empty : inner[(colon + 1)..];
        RawLineField field = name switch
        {
            "number" => RawLineField.Number,
            "digits" => RawLineField.Digits,
            "counter" => RawLineField.Counter,
            "address" => RawLineField.Address,
            _ => throw new InvalidRawLineTemplateException($"Unknown field '{{{name}}}' at position {i}; known: {{number}} {{digits}} {{counter}} {{address}}."),
        };
        if (colon >= 0 && (format.Length == 0 || format.Any(ch => ch != '0')))
        {
            throw new InvalidRawLineTemplateException($"Field format '{format}' at position {i} must be zeros only (e.g. {{{name}:00}}).");
        }

        i = close + 1;
        return new RawLineSegment(null, field, format.Length);
    }
}
