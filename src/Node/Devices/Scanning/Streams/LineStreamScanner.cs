using System.Runtime.CompilerServices;

namespace CounterNode.Node.Devices.Scanning.Streams;

/// <summary>
/// A scanner that sends each scan as a line of bytes ending in CR or CR LF (serial CDC-ACM
/// scanners, stdin). Reading runs apart from the consumer because some streams (stdin,
/// pipes) block in read and ignore cancellation; the consumer side is cancellable regardless.
/// </summary>
public abstract class LineStreamScanner : IBarcodeScanner
{
    private readonly ScanValidationSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Stream? _stream;
    private int _started;

    protected LineStreamScanner(ScanValidationSettings settings, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
    }

    public abstract string Description { get; }

    public async IAsyncEnumerable<ScanResult> ReadScansAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException($"Scanner {Description} is already being read.");
        }

        _stream = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var collector = new ScanCollector(Description, _settings, _time, _logger);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stream = _stream;
        var pump = Task.Run(() => PumpAsync(stream, collector, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var result in collector.Results.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (pump.IsCompleted)
            {
                await pump.ConfigureAwait(false);
            }
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Opens the byte stream of the scanner.</summary>
    protected abstract Task<Stream> OpenAsync(CancellationToken cancellationToken);

    private async Task PumpAsync(Stream stream, ScanCollector collector, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    _logger.InputEnded(Description);
                    collector.Complete();
                    return;
                }

                var at = collector.Now;
                collector.Feed((assembler, output) =>
                {
                    foreach (var b in buffer.AsSpan(0, read))
                    {
                        assembler.Byte(b, at, output);
                    }
                });
            }
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The consumer stopped (or the scanner was disposed under a blocked read): not a failure.
            collector.Complete();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            _logger.ReadFailed(ex, Description);
            collector.Complete(new Transports.DeviceUnreachableException($"Reading scanner {Description} failed: {ex.Message}", ex));
        }
    }
}
