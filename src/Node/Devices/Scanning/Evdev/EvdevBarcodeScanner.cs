using System.Runtime.CompilerServices;
using CounterNode.Node.Devices.Transports;
using Microsoft.Win32.SafeHandles;

namespace CounterNode.Node.Devices.Scanning.Evdev;

/// <summary>
/// A HID keyboard-wedge scanner read through evdev (<c>/dev/input/by-id/*-event-kbd</c>, group
/// <c>input</c>). The device is grabbed exclusively; a failing grab (e.g. ENOTTY on a FIFO used
/// for replay) is logged and reading goes on. Gaps between keys are measured on the kernel's
/// event timestamps, so a replayed recording behaves exactly like the device.
/// </summary>
public sealed class EvdevBarcodeScanner : IBarcodeScanner
{
    private readonly string _path;
    private readonly bool _grab;
    private readonly ScanValidationSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<int> _grabResult = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FileStream? _stream;
    private int _started;

    public EvdevBarcodeScanner(string path, bool grab, ScanValidationSettings settings, TimeProvider timeProvider, ILogger<EvdevBarcodeScanner> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _path = path;
        _grab = grab;
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
    }

    public string Description => $"evdev://{_path}";

    /// <summary>The grab's outcome once the device is open: 0 grabbed, otherwise the errno (-1 when grabbing is off).</summary>
    public Task<int> GrabResult => _grabResult.Task;

    public async IAsyncEnumerable<ScanResult> ReadScansAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException($"Scanner {Description} is already being read.");
        }

        using var collector = new ScanCollector(Description, _settings, _time, _logger);
        // Opening a FIFO blocks until a writer appears, and reads on character devices ignore
        // cancellation: everything blocking runs on its own thread.
        var pump = Task.Factory.StartNew(() => Pump(collector), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await foreach (var result in collector.Results.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }

        await pump.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Set by the reading thread; a read blocked in the kernel keeps the descriptor alive until it returns.
        if (Volatile.Read(ref _stream) is { } stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Pump(ScanCollector collector)
    {
        FileStream stream;
        try
        {
            var handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            Volatile.Write(ref _stream, stream);
            Grab(handle);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _grabResult.TrySetResult(-1);
            _logger.ReadFailed(ex, Description);
            collector.Complete(new DeviceUnreachableException($"Cannot open scanner {_path}: {ex.Message}", ex));
            return;
        }

        var decoder = new EvdevKeyDecoder();
        var buffer = new byte[InputEvent.Size * 64];
        var filled = 0;
        try
        {
            while (true)
            {
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    if (filled > 0)
                    {
                        _logger.TruncatedRecord(Description, filled);
                    }

                    _logger.InputEnded(Description);
                    collector.Complete();
                    return;
                }

                filled += read;
                var whole = filled / InputEvent.Size * InputEvent.Size;
                collector.Feed((assembler, output) =>
                {
                    for (var offset = 0; offset < whole; offset += InputEvent.Size)
                    {
                        decoder.Apply(InputEvent.Read(buffer.AsSpan(offset, InputEvent.Size)), assembler, output);
                    }
                });

                // A FIFO may hand over part of a record; keep it for the next read.
                buffer.AsSpan(whole, filled - whole).CopyTo(buffer);
                filled -= whole;
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.ReadFailed(ex, Description);
            collector.Complete(new DeviceUnreachableException($"Reading scanner {_path} failed: {ex.Message}", ex));
        }
    }

    private void Grab(SafeFileHandle handle)
    {
        if (!_grab)
        {
            _grabResult.TrySetResult(-1);
            return;
        }

        var errno = EvdevGrab.TryGrab(handle);
        if (errno == 0)
        {
            _logger.Grabbed(Description);
        }
        else
        {
            _logger.GrabFailed(Description, errno);
        }

        _grabResult.TrySetResult(errno);
    }
}
