using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>Raw ESC/POS on TCP (port 9100), status answered on the same socket.</summary>
public sealed class TcpPrinterTransport : IPrinterTransport
{
    private readonly string _host;
    private readonly int _port;
    private readonly TimeSpan _connectTimeout;

    public TcpPrinterTransport(string host, int port, TimeSpan connectTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        _host = host;
        _port = port;
        _connectTimeout = connectTimeout;
    }

    public string Description => $"tcp://{_host}:{_port}";

    // Default (graceful) close: the kernel still delivers queued bytes after Dispose. The queue
    // reads status after the last write anyway, which proves every byte arrived.
    public Task<Stream> OpenAsync(CancellationToken cancellationToken) =>
        TcpConnector.ConnectAsync(_host, _port, _connectTimeout, linger: null,
            (message, inner) => inner is null ? new PrinterUnreachableException(message) : new PrinterUnreachableException(message, inner), cancellationToken);
}
