using System.Net.Sockets;

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

    public async Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_connectTimeout);
        try
        {
            await client.ConnectAsync(_host, _port, timeout.Token).ConfigureAwait(false);
            // Linger so a screen update written just before Dispose still leaves the kernel.
            client.LingerState = new LingerOption(true, 5);
            return client.GetStream();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new DeviceUnreachableException($"Connecting to {Description} timed out after {_connectTimeout.TotalSeconds:0.#} s.");
        }
        catch (SocketException ex)
        {
            client.Dispose();
            throw new DeviceUnreachableException($"Cannot connect to {Description}: {ex.SocketErrorCode}.", ex);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
