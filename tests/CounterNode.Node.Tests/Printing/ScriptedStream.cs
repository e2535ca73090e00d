namespace CounterNode.Node.Tests.Printing;

/// <summary>
/// Replays recorded printer replies: each write of a status request (DLE EOT) releases the next
/// recorded chunk to the reader; everything written is kept for inspection.
/// </summary>
internal sealed class ScriptedStream(params byte[][] replies) : Stream
{
    private readonly Queue<byte[]> _replies = new(replies);
    private readonly MemoryStream _written = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly Queue<byte> _pending = new();

    public byte[] Written => _written.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _available.WaitAsync(cancellationToken);
        lock (_pending)
        {
            var n = 0;
            while (n < buffer.Length && _pending.Count > 0)
            {
                buffer.Span[n++] = _pending.Dequeue();
            }

            if (_pending.Count > 0)
            {
                _available.Release();
            }

            return n;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _written.Write(buffer.Span);
        if (buffer.Length == 3 && buffer.Span[0] == 0x10 && buffer.Span[1] == 0x04 && _replies.Count > 0)
        {
            lock (_pending)
            {
                foreach (var b in _replies.Dequeue())
                {
                    _pending.Enqueue(b);
                }
            }

            _available.Release();
        }

        return ValueTask.CompletedTask;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
