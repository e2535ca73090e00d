using CounterNode.Node.Devices.Printing.EscPos;

namespace CounterNode.Node.Devices.Printing.Text;

/// <summary>
/// Windows-1258 as Epson's WPC1258 table: a base letter (circumflex, breve and horn precomposed)
/// followed by a separate tone byte (grave CC, hook D2, tilde DE, acute EC, dot below F2). Letters
/// that exist precomposed in the table (á, à, é, ó…) are written as one byte. Our own table,
/// because <c>Encoding.GetEncoding(1258)</c> writes '?' for most toned letters.
/// </summary>
public sealed class Wpc1258TextEncoder : ICodePageTextEncoder
{
    /// <summary>Upper half of windows-1258 (0x80–0xFF), the byte's character or null where undefined.</summary>
    internal static readonly string?[] UpperHalf =
    [
        "€", null, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", null, "‹", "Œ", null, null, null,
        null, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", null, "›", "œ", null, null, "Ÿ",
        "\u00A0", "¡", "¢", "£", "¤", "¥", "¦", "§", "¨", "©", "ª", "«", "¬", "\u00AD", "®", "¯",
        "°", "±", "²", "³", "´", "µ", "¶", "·", "¸", "¹", "º", "»", "¼", "½", "¾", "¿",
        "À", "Á", "Â", "Ă", "Ä", "Å", "Æ", "Ç", "È", "É", "Ê", "Ë", "\u0300", "Í", "Î", "Ï",
        "Đ", "Ñ", "\u0309", "Ó", "Ô", "Ơ", "Ö", "×", "Ø", "Ù", "Ú", "Û", "Ü", "Ư", "\u0303", "ß",
        "à", "á", "â", "ă", "ä", "å", "æ", "ç", "è", "é", "ê", "ë", "\u0301", "í", "î", "ï",
        "đ", "ñ", "\u0323", "ó", "ô", "ơ", "ö", "÷", "ø", "ù", "ú", "û", "ü", "ư", "₫", "ÿ",
    ];

    // Declared after UpperHalf: static initialisers run in textual order.
    private static readonly Dictionary<string, byte> Letters = BuildLetters();

    private static readonly Dictionary<char, byte> Tones = new()
    {
        ['\u0300'] = 0xCC,
        ['\u0309'] = 0xD2,
        ['\u0303'] = 0xDE,
        ['\u0301'] = 0xEC,
        ['\u0323'] = 0xF2,
    };

    public Wpc1258TextEncoder(byte codePage = 52)
    {
        CodePage = codePage;
    }

    public string Name => "WPC1258";

    public byte CodePage { get; }


    public byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = TypographicFallback.Apply(text, CanEncodeElement);
        var bytes = new List<byte>(text.Length + 8);
        foreach (var (element, index) in VietnameseLetters.Elements(text))
        {
            if (!TryEncode(element, bytes))
            {
                throw new UnencodableCharacterException(Name, element, index);
            }
        }

        return [.. bytes];
    }

    public bool CanEncode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = new List<byte>();
        return VietnameseLetters.Elements(TypographicFallback.Apply(text, CanEncodeElement)).All(e => TryEncode(e.Element, scratch));
    }

    private static bool CanEncodeElement(string element) => TryEncode(element, []);

    private static bool TryEncode(string element, List<byte> output)
    {
        if (Letters.TryGetValue(element, out var whole))
        {
            output.Add(whole);
            return true;
        }

        var (baseLetter, tone) = VietnameseLetters.Split(element);
        if (tone == '\0' || !Letters.TryGetValue(baseLetter, out var letter))
        {
            return false;
        }

        output.Add(letter);
        output.Add(Tones[tone]);
        return true;
    }

    private static Dictionary<string, byte> BuildLetters()
    {
        var map = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var b = 0x20; b < 0x7F; b++)
        {
            map[((char)b).ToString()] = (byte)b;
        }

        map["\n"] = 0x0A;
        for (var i = 0; i < UpperHalf.Length; i++)
        {
            var s = UpperHalf[i];
            if (s is not null && !(s.Length == 1 && VietnameseLetters.IsTone(s[0])))
            {
                map.TryAdd(s, (byte)(0x80 + i));
            }
        }

        return map;
    }
}
