using System.ComponentModel.DataAnnotations;

namespace CounterNode.Node.Devices.Display.Hosting;

/// <summary>The "Display" configuration section: the queue-number display of this counter.</summary>
public sealed class DisplayOptions
{
    public const string SectionName = "Display";

    public DisplayKind Kind { get; set; } = DisplayKind.None;

    /// <summary>Serial device path (<c>/dev/ttyUSB0</c>) or <c>host:port</c>; required for DmD, Cd5220 and RawLine.</summary>
    public string? Port { get; set; }

    [Range(1200, 921600)]
    public int BaudRate { get; set; } = 9600;

    /// <summary>RawLine: bytes for a call (syntax in <see cref="RawLine.RawLineTemplate"/>).</summary>
    public string? Template { get; set; }

    /// <summary>RawLine: bytes for the idle screen; none sent when empty.</summary>
    public string? IdleTemplate { get; set; }

    /// <summary>RawLine: bytes to blank the board; none sent when empty.</summary>
    public string? ClearTemplate { get; set; }

    /// <summary>RawLine: the board's bus address for <c>{address}</c>; the counter number when not set.</summary>
    [Range(0, 9999)]
    public int? Address { get; set; }

    /// <summary>Pole displays: brightness 1-4, or not set to keep the device's own.</summary>
    [Range(1, 4)]
    public int? Brightness { get; set; }

    /// <summary>Pole displays: on (and off) time of one blink after a new call.</summary>
    public TimeSpan BlinkInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Pole displays: blinks after a new call; 0 for none.</summary>
    [Range(0, 20)]
    public int BlinkCount { get; set; } = 3;

    /// <summary>Pole displays: label before the ticket number (folded to ASCII on the device).</summary>
    public string CallLabel { get; set; } = "Mời số";

    /// <summary>Pole displays: label before the counter number.</summary>
    public string CounterLabel { get; set; } = "Đến quầy";

    /// <summary>Pole displays: idle upper line; "{counter}" is replaced by the counter number.</summary>
    public string IdleUpper { get; set; } = "Quầy {counter}";

    /// <summary>Pole displays: idle lower line.</summary>
    public string IdleLower { get; set; } = "Xin kính chào";

    /// <summary>TCP connect timeout.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
