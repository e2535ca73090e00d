using System.ComponentModel.DataAnnotations;
using CounterNode.Node.Devices.Printing.Rendering;

namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>The "Printing" configuration section: one receipt printer per node.</summary>
public sealed class PrintingOptions
{
    public const string SectionName = "Printing";

    /// <summary>Whether this node has a printer (kiosk and counter roles do).</summary>
    public bool Enabled { get; set; }

    /// <summary>Name in logs and status events.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PrinterName { get; set; } = "receipt";

    /// <summary>Profile name: epson-tm-t88, epson-tm-t82, xprinter-80, generic-58.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Profile { get; set; } = "epson-tm-t88";

    public PrinterTransportKind Transport { get; set; } = PrinterTransportKind.Tcp;

    /// <summary>Host for <see cref="PrinterTransportKind.Tcp"/>.</summary>
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 9100;

    /// <summary>Device file for <see cref="PrinterTransportKind.DeviceFile"/>.</summary>
    public string DevicePath { get; set; } = "/dev/usb/lp0";

    /// <summary>Port for <see cref="PrinterTransportKind.Serial"/>.</summary>
    public string SerialPort { get; set; } = "/dev/ttyUSB0";

    [Range(1200, 921600)]
    public int BaudRate { get; set; } = 38400;

    public PrintTextMode TextMode { get; set; } = PrintTextMode.Raster;

    public VietnameseCodePage CodePage { get; set; } = VietnameseCodePage.Wpc1258;

    /// <summary>Font family for raster mode, found through fontconfig.</summary>
    [Required(AllowEmptyStrings = false)]
    public string FontFamily { get; set; } = "DejaVu Sans";

    /// <summary>Job database; relative paths are under Node:DataDirectory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string JobDatabase { get; set; } = "print-jobs.db";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(2);

    [Range(0, 10)]
    public int ImmediateRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan HeldPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan IdleStatusInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
