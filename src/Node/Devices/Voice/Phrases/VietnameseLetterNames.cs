namespace CounterNode.Node.Devices.Voice.Phrases;

/// <summary>
/// How letters of a ticket prefix are said in Vietnamese (the school alphabet names: B "bê",
/// C "xê", H "hát"...). Vowels are said as themselves; the speech synthesizer reads the words.
/// </summary>
public static class VietnameseLetterNames
{
    public static string For(char letter) => char.ToUpperInvariant(letter) switch
    {
        'A' => "A",
        'B' => "bê",
        'C' => "xê",
        'D' => "dê",
        'Đ' => "đê",
        'E' => "e",
        'F' => "ép",
        'G' => "giê",
        'H' => "hát",
        'I' => "i",
        'J' => "gi",
        'K' => "ca",
        'L' => "e lờ",
        'M' => "em mờ",
        'N' => "en nờ",
        'O' => "o",
        'P' => "pê",
        'Q' => "quy",
        'R' => "e rờ",
        'S' => "ét xì",
        'T' => "tê",
        'U' => "u",
        'V' => "vê",
        'W' => "vê kép",
        'X' => "ích xì",
        'Y' => "i dài",
        'Z' => "dét",
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Not a letter of a ticket number."),
    };
}
