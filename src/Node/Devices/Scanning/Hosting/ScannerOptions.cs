using System.ComponentModel.DataAnnotations;

namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>The "Scanner" configuration section.</summary>
public sealed class ScannerOptions
{
    public const string SectionName = "Scanner";

    public ScannerKind Kind { get; set; } = ScannerKind.None;

    /// <summary>Serial: <c>/dev/ttyACM0</c>; Evdev: <c>/dev/input/by-id/...-event-kbd</c>.</summary>
    public string? Device { get; set; }

    [Range(1200, 921600)]
    public int BaudRate { get; set; } = 9600;

    /// <summary>Evdev: take the device exclusively (recommended).</summary>
    public bool Grab { get; set; } = true;

    /// <summary>Longest accepted scan, in bytes.</summary>
    [Range(1, 65536)]
    public int MaxLength { get; set; } = 512;

    /// <summary>A longer pause with characters pending means a partial scan.</summary>
    public TimeSpan InterKeyTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Input starting this soon after a partial scan is its tail and rejected too.</summary>
    public TimeSpan PartialQuietTime { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Reject any non-ASCII character (e.g. scanners that only read dossier codes).</summary>
    public bool AsciiOnly { get; set; }

    /// <summary>The validation settings these options describe.</summary>
    public ScanValidationSettings ToValidationSettings() => new(MaxLength, InterKeyTimeout, PartialQuietTime, AsciiOnly);
}
