using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Devices.Printing.Transport;

namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>Builds a <see cref="PrintQueue"/> from <see cref="PrintingOptions"/> (used by DI, the sample command and tests).</summary>
public static class PrintQueueFactory
{
    public static IPrinterTransport CreateTransport(PrintingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Transport switch
        {
            PrinterTransportKind.Tcp => new TcpPrinterTransport(options.Host, options.Port, options.ConnectTimeout),
            PrinterTransportKind.DeviceFile => new DeviceFilePrinterTransport(options.DevicePath),
            PrinterTransportKind.Serial => new SerialPrinterTransport(options.SerialPort, options.BaudRate),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Transport, "Unknown transport."),
        };
    }

    /// <summary>The renderer for the options' profile and text mode (the raster renderer is owned by the caller).</summary>
    public static EscPosDocumentRenderer CreateRenderer(PrintingOptions options, Func<RasterTextRenderer> rasterRenderer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rasterRenderer);
        var profile = PrinterProfiles.Get(options.Profile);
        return options.TextMode == PrintTextMode.Raster
            ? EscPosDocumentRenderer.ForRaster(profile, rasterRenderer())
            : EscPosDocumentRenderer.ForCodePage(profile, options.CodePage);
    }

    public static PrintQueueSettings CreateSettings(PrintingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PrintQueueSettings(
            options.ReplyTimeout, options.ImmediateRetries, TimeSpan.FromMilliseconds(200), options.RetryDelay,
            options.HeldPollInterval, options.IdleStatusInterval, options.DrainTimeout);
    }

    /// <summary>The job database path: absolute as given, otherwise under the node's data directory.</summary>
    public static string JobDatabasePath(PrintingOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.IsPathRooted(options.JobDatabase) ? options.JobDatabase : Path.Combine(dataDirectory, options.JobDatabase);
    }

    public static PrintQueue Create(
        PrintingOptions options,
        IPrintJobStore store,
        RasterTextRenderer? rasterRenderer,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var renderer = CreateRenderer(options, () => rasterRenderer ?? throw new ArgumentNullException(nameof(rasterRenderer)));
        var monitor = new PrinterStatusMonitor(options.PrinterName, time, loggers.CreateLogger<PrinterStatusMonitor>());
        return new PrintQueue(
            options.PrinterName, CreateTransport(options), renderer, store, monitor, CreateSettings(options), time,
            loggers.CreateLogger<PrintQueue>());
    }
}
