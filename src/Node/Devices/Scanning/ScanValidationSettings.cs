namespace CounterNode.Node.Devices.Scanning;

/// <summary>What counts as a clean scan.</summary>
/// <param name="MaxLength">Longest accepted scan in bytes (UTF-8); an ID-card QR is about 100-150.</param>
/// <param name="InterKeyTimeout">
/// A pause longer than this with characters pending means the scan was cut: scanners send a whole
/// code in a burst (a few ms per character), people do not type that fast.
/// </param>
/// <param name="PartialQuietTime">
/// Characters that start within this time after a cut scan are its tail and rejected too, so the
/// rest of a broken scan is never taken for a scan of its own.
/// </param>
/// <param name="AsciiOnly">Reject any non-ASCII character (for scanners that only read dossier codes).</param>
public sealed record ScanValidationSettings(int MaxLength, TimeSpan InterKeyTimeout, TimeSpan PartialQuietTime, bool AsciiOnly)
{
    /// <summary>512 bytes, 100 ms, 500 ms, UTF-8 allowed.</summary>
    public static ScanValidationSettings Default { get; } = new(512, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), false);
}
