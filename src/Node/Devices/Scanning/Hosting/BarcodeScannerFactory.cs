using CounterNode.Node.Devices.Scanning.Evdev;
using CounterNode.Node.Devices.Scanning.Streams;
using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>Builds the configured <see cref="IBarcodeScanner"/> from validated options.</summary>
public static class BarcodeScannerFactory
{
    public static IBarcodeScanner Create(ScannerOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var settings = options.ToValidationSettings();
        return options.Kind switch
        {
            ScannerKind.None => new NullBarcodeScanner(),
            ScannerKind.Serial => new SerialBarcodeScanner(options.Device!, new SerialLineSettings(options.BaudRate), settings, timeProvider, loggerFactory.CreateLogger<SerialBarcodeScanner>()),
            ScannerKind.Evdev => new EvdevBarcodeScanner(options.Device!, options.Grab, settings, timeProvider, loggerFactory.CreateLogger<EvdevBarcodeScanner>()),
            ScannerKind.Stdin => new StdinBarcodeScanner(settings, timeProvider, loggerFactory.CreateLogger<StdinBarcodeScanner>()),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown scanner kind."),
        };
    }
}
