namespace CounterNode.Node.Devices.Scanning;

/// <summary>
/// A masked form of scanned text for logs: scans can be ID-card QR codes with a citizen's
/// name, ID number and birth date (rule 11: no leaks), so logs get the length and at most the
/// first and last two characters.
/// </summary>
public static class ScanMask
{
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 8
            ? new string('*', text.Length)
            : string.Concat(text.AsSpan(0, 2), "***", text.AsSpan(text.Length - 2));
    }
}
