namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>A USB printer-class device file such as <c>/dev/usb/lp0</c> (the service user needs group <c>lp</c>).</summary>
public sealed class DeviceFilePrinterTransport : IPrinterTransport
{
    private readonly string _path;

    public DeviceFilePrinterTransport(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
    }

    public string Description => $"file://{_path}";

    public Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // No buffering in .NET: every write goes straight to the driver, so a dispose loses nothing.
            Stream stream = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0, FileOptions.Asynchronous);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PrinterUnreachableException($"Cannot open printer device {_path}: {ex.Message}", ex);
        }
    }
}
