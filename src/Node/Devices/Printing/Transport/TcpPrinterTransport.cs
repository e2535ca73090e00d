using System.Net.Sockets;

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

    public async Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_connectTimeout);
        try
        {
            await client.ConnectAsync(_host, _port, timeout.Token).ConfigureAwait(false);
            // Default (graceful) close: the kernel still delivers queued bytes after Dispose. The
            // queue reads status after the last write anyway, which proves every byte arrived.
            return client.GetStream(); // the stream owns the socket: disposing it closes the connection
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new PrinterUnreachableException($"Connecting to {Description} timed out after {_connectTimeout.TotalSeconds:0.#} s.");
        }
        catch (SocketException ex)
        {
            client.Dispose();
            throw new PrinterUnreachableException($"Cannot connect to {Description}: {ex.SocketErrorCode}.", ex);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
