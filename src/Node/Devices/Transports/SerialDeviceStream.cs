using System.IO.Ports;

namespace CounterNode.Node.Devices.Transports;

/// <summary>A serial port's stream that also closes the port when disposed (BaseStream alone does not). Shared by printers, displays and scanners.</summary>
internal sealed class SerialDeviceStream(SerialPort port) : Stream
{
    private readonly Stream _inner = port.BaseStream;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _inner.WriteAsync(buffer, cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                // Let the UART drain so no queued byte (a receipt line, a screen update) is dropped.
                _inner.Flush();
            }
            catch (IOException)
            {
                // The device is gone; nothing left to drain.
            }

            port.Dispose();
        }

        base.Dispose(disposing);
    }
}
