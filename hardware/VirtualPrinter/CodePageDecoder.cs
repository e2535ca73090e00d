using System.Text;

namespace CounterNode.VirtualPrinter;

/// <summary>
/// Turns printer code page bytes back into Unicode, the way the printer's font would draw them:
/// PC437 (page 0), Windows-1258 (base + combining tone, recombined to NFC), TCVN-3 and its
/// upper-case companion. Page numbers follow Epson (52, 30, 31) and common clones (94, 27).
/// </summary>
public static class CodePageDecoder
{
    private static readonly Encoding Cp1258;
    private static readonly Encoding Cp437;

    /// <summary>TCVN 5712:1993 (VN3), upper half: byte → character of the lower-case font.</summary>
    private static readonly Dictionary<int, char> Tcvn3 = new()
    {
        [0xA1] = 'Ă', [0xA2] = 'Â', [0xA3] = 'Ê', [0xA4] = 'Ô', [0xA5] = 'Ơ', [0xA6] = 'Ư', [0xA7] = 'Đ',
        [0xA8] = 'ă', [0xA9] = 'â', [0xAA] = 'ê', [0xAB] = 'ô', [0xAC] = 'ơ', [0xAD] = 'ư', [0xAE] = 'đ',
        [0xB5] = 'à', [0xB6] = 'ả', [0xB7] = 'ã', [0xB8] = 'á', [0xB9] = 'ạ',
        [0xBB] = 'ằ', [0xBC] = 'ẳ', [0xBD] = 'ẵ', [0xBE] = 'ắ', [0xC6] = 'ặ',
        [0xC7] = 'ầ', [0xC8] = 'ẩ', [0xC9] = 'ẫ', [0xCA] = 'ấ', [0xCB] = 'ậ',
        [0xCC] = 'è', [0xCE] = 'ẻ', [0xCF] = 'ẽ', [0xD0] = 'é', [0xD1] = 'ẹ',
        [0xD2] = 'ề', [0xD3] = 'ể', [0xD4] = 'ễ', [0xD5] = 'ế', [0xD6] = 'ệ',
        [0xD7] = 'ì', [0xD8] = 'ỉ', [0xDC] = 'ĩ', [0xDD] = 'í', [0xDE] = 'ị',
        [0xDF] = 'ò', [0xE1] = 'ỏ', [0xE2] = 'õ', [0xE3] = 'ó', [0xE4] = 'ọ',
        [0xE5] = 'ồ', [0xE6] = 'ổ', [0xE7] = 'ỗ', [0xE8] = 'ố', [0xE9] = 'ộ',
        [0xEA] = 'ờ', [0xEB] = 'ở', [0xEC] = 'ỡ', [0xED] = 'ớ', [0xEE] = 'ợ',
        [0xEF] = 'ù', [0xF1] = 'ủ', [0xF2] = 'ũ', [0xF3] = 'ú', [0xF4] = 'ụ',
        [0xF5] = 'ừ', [0xF6] = 'ử', [0xF7] = 'ữ', [0xF8] = 'ứ', [0xF9] = 'ự',
        [0xFA] = 'ỳ', [0xFB] = 'ỷ', [0xFC] = 'ỹ', [0xFD] = 'ý', [0xFE] = 'ỵ',
    };

    static CodePageDecoder()
    {
        // Decoding windows-1258 is exact in .NET (it is encoding precomposed letters that fails).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp1258 = Encoding.GetEncoding(1258);
        Cp437 = Encoding.GetEncoding(437);
    }

    /// <summary>Decodes a run of bytes printed with code page <paramref name="page"/>.</summary>
    public static string Decode(int page, ReadOnlySpan<byte> bytes) => page switch
    {
        52 or 94 => Cp1258.GetString(bytes),
        30 or 27 => DecodeTcvn3(bytes, upper: false),
        31 => DecodeTcvn3(bytes, upper: true),
        _ => Cp437.GetString(bytes),
    };

    private static string DecodeTcvn3(ReadOnlySpan<byte> bytes, bool upper)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                builder.Append((char)b);
            }
            else if (Tcvn3.TryGetValue(b, out var c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }
}
