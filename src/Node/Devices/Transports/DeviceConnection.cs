namespace CounterNode.Node.Devices.Transports;

/// <summary>
/// Keeps one connection to an output device open between writes and reopens it once when a
/// write fails (cable re-plugged, converter restarted). Writes are serialised, so two screen
/// updates never interleave their bytes.
/// </summary>
public sealed class DeviceConnection : IAsyncDisposable, IDisposable
{
    private readonly IDeviceTransport _transport;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Stream? _stream;
    private bool _disposed;

    public DeviceConnection(IDeviceTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Where the device is, for logs.</summary>
    public string Description => _transport.Description;

    /// <summary>Writes <paramref name="bytes"/> in one piece and flushes.</summary>
    /// <exception cref="DeviceUnreachableException">The device cannot be reached even after one reopen.</exception>
    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                await WriteOnceAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The old connection died while idle (the usual case after a re-plug): one fresh try.
                await CloseAsync().ConfigureAwait(false);
                try
                {
                    await WriteOnceAsync(bytes, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    await CloseAsync().ConfigureAwait(false);
                    throw new DeviceUnreachableException($"Writing to {Description} failed: {ex.Message}", ex);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            await CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Synchronous close for containers disposed synchronously; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _stream?.Dispose();
            _stream = null;
        }
        catch (IOException)
        {
            // Already broken; closing is best effort.
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteOnceAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        _stream ??= await _transport.OpenAsync(cancellationToken).ConfigureAwait(false);
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CloseAsync()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Already broken; closing is best effort.
        }

        _stream = null;
    }
}
