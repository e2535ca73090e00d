using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Devices.Printing.Transport;

namespace CounterNode.Node.Devices.Printing.Protocol;

/// <summary>
/// The ESC/POS conversation over one open connection (a <see cref="Stream"/>): real-time status
/// (DLE EOT 1–4), automatic status back (GS a), and writing job bytes in chunks. Replies are read
/// through a small buffer that skips XON/XOFF and takes ASB blocks wherever they interleave.
/// </summary>
public sealed class EscPosConnection : IAsyncDisposable
{
    /// <summary>GS a flags: online/offline, error, paper (drawer not wanted).</summary>
    public const byte AutomaticStatusFlags = 0x0E;

    private const int ChunkSize = 4096;
    private readonly Stream _stream;
    private readonly TimeSpan _replyTimeout;
    private readonly TimeProvider _time;
    private readonly byte[] _buffer = new byte[256];
    private int _start;
    private int _end;

    public EscPosConnection(Stream stream, TimeSpan replyTimeout, TimeProvider time)
    {
        _stream = stream;
        _replyTimeout = replyTimeout;
        _time = time;
    }

    /// <summary>Raised for each automatic status back block received while the connection is used.</summary>
    public event EventHandler<PrinterStatus>? AutomaticStatusReceived;

    /// <summary>Total bytes of job data written on this connection.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Asks DLE EOT 1, 2, 3, 4 and decodes the four replies.</summary>
    /// <exception cref="PrinterTimeoutException">No reply in time.</exception>
    /// <exception cref="PrinterStatusFormatException">A reply that is not a status byte.</exception>
    /// <exception cref="PrinterConnectionLostException">The connection closed.</exception>
    public async Task<PrinterStatus> ReadStatusAsync(CancellationToken cancellationToken)
    {
        var replies = new byte[4];
        for (byte n = 1; n <= 4; n++)
        {
            await SendAsync(new EscPosBuilder(3).RealTimeStatus(n).ToArray(), cancellationToken).ConfigureAwait(false);
            replies[n - 1] = await ReadRealTimeReplyAsync(n, cancellationToken).ConfigureAwait(false);
        }

        return PrinterStatusDecoder.FromRealTime(replies[0], replies[1], replies[2], replies[3]);
    }

    /// <summary>Turns on automatic status back (the printer answers with its current status at once).</summary>
    public Task EnableAutomaticStatusBackAsync(CancellationToken cancellationToken) =>
        SendAsync(new EscPosBuilder(3).AutomaticStatusBack(AutomaticStatusFlags).ToArray(), cancellationToken);

    /// <summary>Turns automatic status back off again (the next client may not expect it).</summary>
    public Task DisableAutomaticStatusBackAsync(CancellationToken cancellationToken) =>
        SendAsync(new EscPosBuilder(3).AutomaticStatusBack(0).ToArray(), cancellationToken);

    /// <summary>Writes job bytes in chunks and flushes.</summary>
    public async Task WriteJobAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < data.Length; offset += ChunkSize)
        {
            var chunk = data.Slice(offset, Math.Min(ChunkSize, data.Length - offset));
            await SendAsync(chunk, cancellationToken).ConfigureAwait(false);
            BytesWritten += chunk.Length;
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new PrinterConnectionLostException($"The connection to the printer broke while writing: {ex.Message}", ex);
        }
        catch (ObjectDisposedException ex)
        {
            throw new PrinterConnectionLostException("The connection to the printer is closed.", ex);
        }
    }

    private async Task<byte> ReadRealTimeReplyAsync(byte n, CancellationToken cancellationToken)
    {
        while (true)
        {
            var b = await ReadByteAsync(n, cancellationToken).ConfigureAwait(false);
            if (b is 0x11 or 0x13)
            {
                continue; // XON / XOFF flow control
            }

            if (PrinterStatusDecoder.IsRealTimeReply(b))
            {
                return b;
            }

            if (PrinterStatusDecoder.IsAutomaticStatusHeader(b))
            {
                var block = new byte[4];
                block[0] = b;
                for (var i = 1; i < 4; i++)
                {
                    block[i] = await ReadByteAsync(n, cancellationToken).ConfigureAwait(false);
                }

                AutomaticStatusReceived?.Invoke(this, PrinterStatusDecoder.FromAutomaticStatusBack(block));
                continue;
            }

            throw new PrinterStatusFormatException($"Reply 0x{b:X2} to DLE EOT {n} is neither a status byte nor automatic status back.", [b]);
        }
    }

    private async Task<byte> ReadByteAsync(byte n, CancellationToken cancellationToken)
    {
        if (_start < _end)
        {
            return _buffer[_start++];
        }

        using var timeout = new CancellationTokenSource(_replyTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        int read;
        try
        {
            // WaitAsync as well: reads on device files and serial ports ignore the token, and a
            // silent printer must still time out (the connection is then discarded).
            read = await _stream.ReadAsync(_buffer, linked.Token).AsTask().WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PrinterTimeoutException($"No reply to DLE EOT {n} within {_replyTimeout.TotalMilliseconds:0} ms.");
        }
        catch (IOException ex)
        {
            throw new PrinterConnectionLostException($"The connection broke while waiting for status: {ex.Message}", ex);
        }

        if (read == 0)
        {
            throw new PrinterConnectionLostException($"The printer closed the connection before answering DLE EOT {n}.");
        }

        _start = 1;
        _end = read;
        return _buffer[0];
    }
}
