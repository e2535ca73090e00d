namespace CounterNode.Node.Devices.Scanning.Evdev;

/// <summary>
/// Linux key codes (input-event-codes.h) to characters for a US-layout keyboard wedge, which is
/// how scanners are set up here. Keypad keys give digits and operators regardless of NumLock
/// (scanners in "keypad" mode send them for digits).
/// </summary>
public static class EvdevKeyMap
{
    public const ushort KeyEnter = 28;
    public const ushort KeyLeftShift = 42;
    public const ushort KeyRightShift = 54;
    public const ushort KeyKeypadEnter = 96;

    private const string Row1 = "1234567890-=";        // codes 2..13
    private const string Row1Shift = "!@#$%^&*()_+";
    private const string Row2 = "qwertyuiop[]";        // codes 16..27
    private const string Row3 = "asdfghjkl;'`";        // codes 30..41
    private const string Row4 = "\\zxcvbnm,./";        // codes 43..53
    private const string Row4Shift = "|ZXCVBNM<>?";
    private const string Keypad = "789-456+1230.";     // codes 71..83

    /// <summary>Whether <paramref name="code"/> is a shift key.</summary>
    public static bool IsShift(ushort code) => code is KeyLeftShift or KeyRightShift;

    /// <summary>Whether <paramref name="code"/> ends a scan (Enter, keypad Enter).</summary>
    public static bool IsEnter(ushort code) => code is KeyEnter or KeyKeypadEnter;

    /// <summary>The character of a key, or null for a key without one (Tab, F-keys, arrows...).</summary>
    public static char? ToChar(ushort code, bool shift) => code switch
    {
        >= 2 and <= 13 => shift ? Row1Shift[code - 2] : Row1[code - 2],
        >= 16 and <= 27 => shift ? ShiftRow(Row2, "{}", code - 16) : Row2[code - 16],
        >= 30 and <= 41 => shift ? ShiftRow(Row3, ":\"~", code - 30) : Row3[code - 30],
        >= 43 and <= 53 => shift ? Row4Shift[code - 43] : Row4[code - 43],
        57 => ' ',
        55 => '*',
        98 => '/',
        >= 71 and <= 83 => Keypad[code - 71],
        _ => null,
    };

    /// <summary>Letters upper-case; the trailing punctuation of the row maps to <paramref name="shiftedPunctuation"/>.</summary>
    private static char ShiftRow(string row, string shiftedPunctuation, int index)
    {
        var c = row[index];
        return char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : shiftedPunctuation[index - (row.Length - shiftedPunctuation.Length)];
    }
}
