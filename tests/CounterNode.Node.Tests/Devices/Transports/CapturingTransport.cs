using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Tests.Devices.Transports;

/// <summary>A transport whose "device" is a memory buffer: every byte written is kept, in order.</summary>
internal sealed class CapturingTransport : IDeviceTransport
{
    private readonly CaptureStream _stream = new();

    public string Description => "capture://memory";

    public int Opens { get; private set; }

    /// <summary>When set, the next opened stream throws IOException on its first write (a dead connection).</summary>
    public bool FailNextWrite
    {
        get => _stream.FailNextWrite;
        set => _stream.FailNextWrite = value;
    }

    /// <summary>When set, the next open fails as if the device were unplugged.</summary>
    public bool FailNextOpen { get; set; }

    public byte[] Bytes => _stream.Captured;

    public void Reset() => _stream.ClearCaptured();

    public Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        if (FailNextOpen)
        {
            FailNextOpen = false;
            throw new DeviceUnreachableException("Simulated unplugged device.");
        }

        Opens++;
        return Task.FromResult<Stream>(_stream);
    }

    private sealed class CaptureStream : Stream
    {
        private readonly Lock _gate = new();
        private readonly List<byte> _bytes = [];

        public bool FailNextWrite { get; set; }

        public byte[] Captured
        {
            get
            {
                lock (_gate)
                {
                    return [.. _bytes];
                }
            }
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void ClearCaptured()
        {
            lock (_gate)
            {
                _bytes.Clear();
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (FailNextWrite)
            {
                FailNextWrite = false;
                throw new IOException("Simulated broken connection.");
            }

            lock (_gate)
            {
                _bytes.AddRange(buffer.AsSpan(offset, count));
            }
        }

        // Never really closed: the test keeps reading what was captured across reconnects.
        protected override void Dispose(bool disposing)
        {
        }
    }
}
