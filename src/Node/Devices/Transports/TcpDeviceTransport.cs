namespace CounterNode.Node.Devices.Transports;

/// <summary>A device behind a serial-to-Ethernet converter or with its own TCP port (LED boards).</summary>
public sealed class TcpDeviceTransport : IDeviceTransport
{
    private readonly string _host;
    private readonly int _port;
    private readonly TimeSpan _connectTimeout;

    public TcpDeviceTransport(string host, int port, TimeSpan connectTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(connectTimeout, TimeSpan.Zero);
        _host = host;
        _port = port;
        _connectTimeout = connectTimeout;
    }

    public string Description => $"tcp://{_host}:{_port}";

    // Linger so a screen update written just before Dispose still leaves the kernel.
    public Task<Stream> OpenAsync(CancellationToken cancellationToken) =>
        TcpConnector.ConnectAsync(_host, _port, _connectTimeout, linger: TimeSpan.FromSeconds(5),
            (message, inner) => inner is null ? new DeviceUnreachableException(message) : new DeviceUnreachableException(message, inner), cancellationToken);
}
