using System.IO.Ports;

namespace CounterNode.VirtualDisplay;

/// <summary>
/// The virtual display on a serial device, normally one end of a socat pty pair
/// (<c>socat -d -d pty,raw,echo=0,link=/tmp/ttyV0 pty,raw,echo=0,link=/tmp/ttyV1</c>): the
/// node writes to /tmp/ttyV0, this reads /tmp/ttyV1. DTR/RTS are not touched (a pty refuses them).
/// </summary>
public sealed class VirtualDisplaySerialReader : IAsyncDisposable
{
    private readonly SerialPort _port;
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    public VirtualDisplaySerialReader(VirtualDisplayState state, string path, int baudRate = 9600)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        State = state;
        Path = path;
        _port = new SerialPort(path, baudRate, Parity.None, 8, StopBits.One);
    }

    public VirtualDisplayState State { get; }

    public string Path { get; }

    public void Start()
    {
        _port.Open();
        _reading = ReadAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _port.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var source = $"serial {Path}";
        try
        {
            while (true)
            {
                var read = await _port.BaseStream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                State.Receive(buffer.AsSpan(0, read), source);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Port closed (socat ended) or stopping.
        }
    }
}
