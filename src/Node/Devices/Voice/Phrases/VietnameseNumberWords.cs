namespace CounterNode.Node.Devices.Voice.Phrases;

/// <summary>
/// Cardinal numbers 0-999 in Vietnamese words, as a hall announcer says them: 21 "hai mươi
/// mốt", 24 "hai mươi tư", 15 "mười lăm", 105 "một trăm linh năm", 110 "một trăm mười".
/// </summary>
public static class VietnameseNumberWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>The word of one digit ("không" … "chín").</summary>
    public static string Digit(int digit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digit, 9);
        return Digits[digit];
    }

    /// <summary>The words of <paramref name="number"/> (0-999).</summary>
    public static string Cardinal(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999);
        if (number < 10)
        {
            return Digits[number];
        }

        var hundreds = number / 100;
        var rest = number % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest);
        }

        var head = $"{Digits[hundreds]} trăm";
        return rest switch
        {
            0 => head,
            < 10 => $"{head} linh {Digits[rest]}",
            _ => $"{head} {BelowHundred(rest)}",
        };
    }

    private static string BelowHundred(int number)
    {
        var tens = number / 10;
        var units = number % 10;
        if (tens == 0)
        {
            return Digits[units];
        }

        var head = tens == 1 ? "mười" : $"{Digits[tens]} mươi";
        return units switch
        {
            0 => head,
            1 when tens > 1 => $"{head} mốt",
            4 when tens > 1 => $"{head} tư",
            5 => $"{head} lăm",
            _ => $"{head} {Digits[units]}",
        };
    }
}
