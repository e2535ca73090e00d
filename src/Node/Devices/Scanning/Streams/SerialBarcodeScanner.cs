using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Scanning.Streams;

/// <summary>A serial (CDC-ACM, <c>/dev/ttyACM0</c>) scanner: each scan is a line ending in CR or CR LF.</summary>
public sealed class SerialBarcodeScanner : LineStreamScanner
{
    private readonly string _path;
    private readonly SerialLineSettings _line;

    public SerialBarcodeScanner(string path, SerialLineSettings line, ScanValidationSettings settings, TimeProvider timeProvider, ILogger<SerialBarcodeScanner> logger)
        : base(settings, timeProvider, logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(line);
        _path = path;
        _line = line;
    }

    public override string Description => $"serial://{_path}@{_line.BaudRate}";

    protected override Task<Stream> OpenAsync(CancellationToken cancellationToken) =>
        new SerialDeviceTransport(_path, _line).OpenAsync(cancellationToken);
}
