using CounterNode.Node.Devices.Printing.EscPos;

namespace CounterNode.Node.Devices.Printing.Text;

/// <summary>
/// TCVN 5712:1993 "TCVN-3" (ABC). The standard font has every toned letter in lower case but only
/// the seven base capitals (Ă Â Ê Ô Ơ Ư Đ); toned capitals live at the same byte in the upper-case
/// companion table (Epson page 31). So a toned capital is written by switching to the upper-case
/// page for that letter and back — never by dropping the tone or lowering the case.
/// </summary>
public sealed class Tcvn3TextEncoder : ICodePageTextEncoder
{
    /// <summary>Byte → lower-case letter of the TCVN-3 table (0xA1–0xFE), also used by tests.</summary>
    internal static IReadOnlyDictionary<byte, char> Table { get; } = new Dictionary<byte, char>
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

    private static readonly Dictionary<char, byte> Lower = Table.ToDictionary(kv => kv.Value, kv => kv.Key);

    public Tcvn3TextEncoder(byte lowerCasePage = 30, byte upperCasePage = 31)
    {
        CodePage = lowerCasePage;
        UpperCasePage = upperCasePage;
    }

    public string Name => "TCVN-3";

    public byte CodePage { get; }

    /// <summary>The page whose toned letters are capitals.</summary>
    public byte UpperCasePage { get; }

    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = TypographicFallback.Apply(text, CanEncodeElement);
        var bytes = new List<byte>(text.Length + 8);
        var upper = false;
        foreach (var (element, index) in VietnameseLetters.Elements(text))
        {
            if (!TryClassify(element, out var b, out var needsUpper))
            {
                throw new UnencodableCharacterException(Name, element, index);
            }

            // ASCII reads the same on both pages, so it never forces a switch.
            if (needsUpper != upper && (b >= 0x80 || !upper))
            {
                bytes.AddRange([0x1B, 0x74, needsUpper ? UpperCasePage : CodePage]);
                upper = needsUpper;
            }

            bytes.Add(b);
        }

        if (upper)
        {
            bytes.AddRange([0x1B, 0x74, CodePage]);
        }

        return [.. bytes];
    }

    public bool CanEncode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VietnameseLetters.Elements(TypographicFallback.Apply(text, CanEncodeElement)).All(e => TryClassify(e.Element, out _, out _));
    }

    private static bool CanEncodeElement(string element) => TryClassify(element, out _, out _);

    private static bool TryClassify(string element, out byte value, out bool needsUpperPage)
    {
        needsUpperPage = false;
        value = 0;
        if (element.Length != 1)
        {
            return false;
        }

        var c = element[0];
        if (c is '\n' or (>= ' ' and < '\u007F'))
        {
            value = (byte)c;
            return true;
        }

        if (Lower.TryGetValue(c, out value))
        {
            return true; // lower-case letters and the seven base capitals
        }

        if (char.IsUpper(c) && Lower.TryGetValue(char.ToLowerInvariant(c), out value))
        {
            needsUpperPage = true;
            return true;
        }

        return false;
    }
}
