using System.Net.Sockets;

namespace CounterNode.Node.Devices.Transports;

/// <summary>
/// Opens a short-lived TCP connection to a device (printer on 9100, LED board, converter) with a
/// connect timeout, turning "no answer" into the caller's own unreachable-device error.
/// </summary>
internal static class TcpConnector
{
    /// <param name="host">Device host.</param>
    /// <param name="port">Device port.</param>
    /// <param name="connectTimeout">How long to wait for the connection.</param>
    /// <param name="linger">Keep sending queued bytes this long after dispose (null: graceful close only).</param>
    /// <param name="unreachable">Builds the caller's typed error from a message and the socket error.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The connection's stream; it owns the socket, so disposing it closes the connection.</returns>
    public static async Task<Stream> ConnectAsync(
        string host,
        int port,
        TimeSpan connectTimeout,
        TimeSpan? linger,
        Func<string, Exception?, Exception> unreachable,
        CancellationToken cancellationToken)
    {
        var description = $"tcp://{host}:{port}";
        var client = new TcpClient { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connectTimeout);
        try
        {
            await client.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            if (linger is { } seconds)
                client.LingerState = new LingerOption(true, (int)Math.Ceiling(seconds.TotalSeconds));
            return client.GetStream();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw unreachable($"Connecting to {description} timed out after {connectTimeout.TotalSeconds:0.#} s.", null);
        }
        catch (SocketException ex)
        {
            client.Dispose();
            throw unreachable($"Cannot connect to {description}: {ex.SocketErrorCode}.", ex);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
