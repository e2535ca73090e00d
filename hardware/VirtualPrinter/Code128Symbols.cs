namespace CounterNode.VirtualPrinter;

/// <summary>
/// CODE128 as the printer draws it: ESC/POS data ('{A' '{B' '{C' selections, '{{' for a literal
/// brace) to symbol values, check character, and bar/space module widths (ISO/IEC 15417 table).
/// </summary>
public static class Code128Symbols
{
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    /// <summary>Decodes ESC/POS CODE128 data into symbol values and the human-readable text.</summary>
    /// <exception cref="FormatException">Data not starting with a code set, or a byte invalid in its set.</exception>
    public static (List<int> Values, string Text) Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 2 || data[0] != '{' || data[1] is not ((byte)'A' or (byte)'B' or (byte)'C'))
        {
            throw new FormatException("CODE128 data must start with {A, {B or {C.");
        }

        var values = new List<int>();
        var text = new System.Text.StringBuilder();
        var set = ' ';
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '{' && i + 1 < data.Length && data[i + 1] != '{')
            {
                var next = (char)data[++i];
                if (next is not ('A' or 'B' or 'C'))
                {
                    throw new FormatException($"Unsupported CODE128 function {{{next}.");
                }

                values.Add(set == ' ' ? 103 + (next - 'A') : next switch { 'A' => 101, 'B' => 100, _ => 99 });
                set = next;
                continue;
            }

            if (b == '{')
            {
                i++; // "{{" is one literal brace
            }

            switch (set)
            {
                case 'A' when b < 0x60:
                    values.Add(b >= 0x20 ? b - 0x20 : b + 64);
                    text.Append((char)b);
                    break;
                case 'B' when b is >= 0x20 and < 0x80:
                    values.Add(b - 0x20);
                    text.Append((char)b);
                    break;
                case 'C' when b < 100:
                    values.Add(b);
                    text.Append(b.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new FormatException($"Byte 0x{b:X2} is not valid in CODE128 set {set}.");
            }
        }

        var check = values[0];
        for (var i = 1; i < values.Count; i++)
        {
            check += i * values[i];
        }

        values.Add(check % 103);
        values.Add(106);
        return (values, text.ToString());
    }

    /// <summary>Module widths, alternating bar and space, for the symbol values (stop included).</summary>
    public static IEnumerable<int> Modules(IEnumerable<int> values)
    {
        foreach (var value in values)
        {
            foreach (var c in Patterns[value])
            {
                yield return c - '0';
            }
        }
    }
}
