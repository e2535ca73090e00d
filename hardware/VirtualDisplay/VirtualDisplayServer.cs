using System.Net;
using System.Net.Sockets;

namespace CounterNode.VirtualDisplay;

/// <summary>
/// The virtual display on TCP (like a display behind a serial-to-Ethernet converter): accepts
/// connections on 127.0.0.1 and feeds what they send into <see cref="State"/>.
/// </summary>
public sealed class VirtualDisplayServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private Task _accepting = Task.CompletedTask;

    /// <param name="state">The display fed by all connections.</param>
    /// <param name="port">TCP port; 0 picks a free one (see <see cref="Port"/>).</param>
    public VirtualDisplayServer(VirtualDisplayState state, int port)
    {
        ArgumentNullException.ThrowIfNull(state);
        State = state;
        _listener = new TcpListener(IPAddress.Loopback, port);
    }

    public VirtualDisplayState State { get; }

    /// <summary>The port listened on (after <see cref="Start"/>).</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        var clients = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                clients.Add(ServeAsync(client, cancellationToken));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Listener stopped.
        }

        await Task.WhenAll(clients).ConfigureAwait(false);
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            var source = $"tcp {client.Client.RemoteEndPoint}";
            var stream = client.GetStream();
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    State.Receive(buffer.AsSpan(0, read), source);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
            {
                // Client gone or server stopping.
            }
        }
    }
}
