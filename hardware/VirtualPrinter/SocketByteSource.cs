using System.Net.Sockets;

namespace CounterNode.VirtualPrinter;

/// <summary>Buffered reads from the host's socket, counting bytes (and resetting on request, for tests).</summary>
internal sealed class SocketByteSource(NetworkStream stream, Socket socket, int? resetAfterBytes) : IByteSource
{
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    public long BytesReceived { get; private set; }

    public bool WasReset { get; private set; }

    public async ValueTask<int> ReadByteAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            if (WasReset)
            {
                return -1;
            }

            try
            {
                _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                return -1;
            }

            _start = 0;
            if (_end == 0)
            {
                return -1;
            }
        }

        if (resetAfterBytes is { } limit && BytesReceived >= limit)
        {
            // Simulate a printer rebooting mid-job: RST the connection.
            WasReset = true;
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
            return -1;
        }

        BytesReceived++;
        return _buffer[_start++];
    }
}
