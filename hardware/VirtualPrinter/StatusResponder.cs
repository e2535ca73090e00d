using System.Net.Sockets;

namespace CounterNode.VirtualPrinter;

/// <summary>Answers status on the connection: DLE EOT replies, and 4-byte ASB blocks when enabled and the state changes.</summary>
internal sealed class StatusResponder(NetworkStream stream, VirtualPrinterState state) : IStatusChannel
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private volatile bool _automatic;

    public async Task RealTimeStatusAsync(int n, CancellationToken cancellationToken)
    {
        if (state.Mute)
        {
            return;
        }

        byte reply;
        if (state.GarbageStatusOnce)
        {
            state.GarbageStatusOnce = false;
            reply = 0xFF;
        }
        else
        {
            reply = state.RealTimeStatus(n);
        }

        await SendAsync([reply], cancellationToken).ConfigureAwait(false);
    }

    public async Task AutomaticStatusBackAsync(int flags, CancellationToken cancellationToken)
    {
        _automatic = flags != 0;
        if (_automatic && !state.Mute)
        {
            // Epson sends the current status as soon as ASB is enabled.
            await SendAsync(state.AutomaticStatusBack(), cancellationToken).ConfigureAwait(false);
        }
    }

    public void OnStateChanged(object? sender, EventArgs e)
    {
        if (_automatic && !state.Mute)
        {
            _ = SendAsync(state.AutomaticStatusBack(), CancellationToken.None);
        }
    }

    private async Task SendAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // host gone
        }
        finally
        {
            _write.Release();
        }
    }
}
