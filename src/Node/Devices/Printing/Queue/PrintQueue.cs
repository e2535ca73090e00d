using System.Collections.Concurrent;
using System.Threading.Channels;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Protocol;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Devices.Printing.Transport;
using Polly;
using Polly.Retry;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>
/// The queue of one printer. Jobs are stored (durably) before printing and printed one at a time
/// in order. Each attempt opens a connection, turns on automatic status back, reads the real-time
/// status, writes the job, reads the status again and closes: a job is Printed only when the
/// printer received every byte and then reported no error. Transient failures are retried (Polly,
/// then a back-off loop, forever); a printer that cannot print holds the job until it can.
/// </summary>
/// <remarks>
/// Delivery is at-least-once: when a write started but did not end with a clean status (connection
/// reset, crash, paper out mid-job) the paper may be partly or fully printed, and the job is printed
/// again marked "BẢN IN LẠI". Exactly-once would need the printer to acknowledge jobs atomically,
/// which ESC/POS printers do not do.
/// </remarks>
public sealed partial class PrintQueue : IReceiptPrinter, IAsyncDisposable
{
    private readonly IPrinterTransport _transport;
    private readonly EscPosDocumentRenderer _renderer;
    private readonly IPrintJobStore _store;
    private readonly PrinterStatusMonitor _monitor;
    private readonly PrintQueueSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _attempts;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<long, TaskCompletionSource<PrintJob>> _waiters = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;
    private DateTimeOffset _lastStatusRead = DateTimeOffset.MinValue;
    private int _disposed;

    public PrintQueue(
        string name,
        IPrinterTransport transport,
        EscPosDocumentRenderer renderer,
        IPrintJobStore store,
        PrinterStatusMonitor monitor,
        PrintQueueSettings settings,
        TimeProvider time,
        ILogger<PrintQueue> logger)
    {
        Name = name;
        _transport = transport;
        _renderer = renderer;
        _store = store;
        _monitor = monitor;
        _settings = settings;
        _time = time;
        _logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.ImmediateRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<PrinterUnreachableException>()
                    .Handle<PrinterConnectionLostException>()
                    .Handle<PrinterTimeoutException>()
                    .Handle<PrinterStatusFormatException>(),
                MaxRetryAttempts = settings.ImmediateRetries,
                Delay = settings.ImmediateRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    LogAttemptFailed(_logger, Name, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? "unknown");
                    return ValueTask.CompletedTask;
                },
            });
        }

        _attempts = builder.Build();
    }

    public string Name { get; }

    public IPrinterStatusMonitor Status => _monitor;

    /// <summary>Starts printing: jobs left Pending, Printing or Held by a previous run are resumed first.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        _loop ??= Task.Run(() => RunAsync(_stopping.Token, _abort.Token));
    }

    public async Task<long> PrintAsync(IPrintDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var job = await _store.AddAsync(Name, document, cancellationToken).ConfigureAwait(false);
        LogJobQueued(_logger, Name, job.Id, document.Kind);
        _wake.Writer.TryWrite(true);
        return job.Id;
    }

    public async Task<PrintJob> WaitForJobAsync(long jobId, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(jobId, _ => new TaskCompletionSource<PrintJob>(TaskCreationOptions.RunContinuationsAsynchronously));
        // Registered first, then checked: a job finishing in between is not missed.
        var stored = await _store.GetAsync(jobId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"No print job {jobId}.", nameof(jobId));
        if (stored.IsFinal)
        {
            _waiters.TryRemove(jobId, out _);
            return stored;
        }

        return await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops taking new work: the job being written may finish (up to the drain timeout), then the
    /// loop ends. Unprinted jobs stay in the store and print after the next start.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_loop is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        using var drain = new CancellationTokenSource(_settings.DrainTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(drain.Token, cancellationToken);
        try
        {
            await _loop.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
        _abort.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var resumed = true;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var jobs = await _store.GetUnfinishedAsync(Name, abort).ConfigureAwait(false);
                if (resumed && jobs.Count > 0)
                {
                    LogResuming(_logger, Name, jobs.Count);
                }

                resumed = false;
                if (jobs.Count == 0)
                {
                    if (_time.GetUtcNow() - _lastStatusRead >= _settings.IdleStatusInterval)
                    {
                        await ReadIdleStatusAsync(abort).ConfigureAwait(false);
                    }

                    await WaitAsync(_settings.IdleStatusInterval, stopping).ConfigureAwait(false);
                    continue;
                }

                TimeSpan? backOff = null;
                foreach (var job in jobs)
                {
                    if (stopping.IsCancellationRequested)
                    {
                        break;
                    }

                    backOff = await ProcessAsync(job, abort).ConfigureAwait(false);
                    if (backOff is not null)
                    {
                        break;
                    }
                }

                if (backOff is { } delay)
                {
                    await WaitAsync(delay, stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                LogStoreFailed(_logger, ex, Name);
                await WaitAsync(_settings.RetryDelay, stopping).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Prints one job; returns a back-off delay when the queue must pause, null to go on.</summary>
    private async Task<TimeSpan?> ProcessAsync(PrintJob job, CancellationToken abort)
    {
        try
        {
            await _attempts.ExecuteAsync(async ct => await AttemptAsync(job, ct).ConfigureAwait(false), abort).ConfigureAwait(false);
            return null;
        }
        catch (PrinterHeldException ex)
        {
            if (job.State != PrintJobState.Held)
            {
                LogJobHeld(_logger, Name, job.Id, ex.Status.Summary());
            }

            job.State = PrintJobState.Held;
            job.LastError = ex.Message;
            await _store.UpdateAsync(job, CancellationToken.None).ConfigureAwait(false);
            return _settings.HeldPollInterval;
        }
        catch (Exception ex) when (ex is EscPosArgumentException or UnencodableCharacterException or ArgumentException)
        {
            // Bad input cannot get better by retrying: fail the job, keep the queue moving.
            job.State = PrintJobState.Failed;
            job.LastError = ex.Message;
            await _store.UpdateAsync(job, CancellationToken.None).ConfigureAwait(false);
            LogJobFailed(_logger, ex, Name, job.Id, job.Document.Kind);
            Complete(job);
            return null;
        }
        catch (Exception ex) when (ex is PrinterUnreachableException or PrinterConnectionLostException or PrinterTimeoutException or PrinterStatusFormatException)
        {
            if (ex is PrinterUnreachableException)
            {
                _monitor.Report(PrinterStatus.Unreachable);
            }

            job.State = PrintJobState.Pending;
            job.LastError = ex.Message;
            await _store.UpdateAsync(job, CancellationToken.None).ConfigureAwait(false);
            LogJobRetryLater(_logger, Name, job.Id, ex.Message, _settings.RetryDelay);
            return _settings.RetryDelay;
        }
    }

    private async Task AttemptAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var bytes = _renderer.Render(DocumentComposer.Compose(job.Document, reprint: job.PossiblyPrinted));
        var stream = await _transport.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = new EscPosConnection(stream, _settings.ReplyTimeout, _time);
        connection.AutomaticStatusReceived += (_, status) => _monitor.Report(status);
        await connection.EnableAutomaticStatusBackAsync(cancellationToken).ConfigureAwait(false);
        var before = await ReadStatusAsync(connection, cancellationToken).ConfigureAwait(false);
        if (!before.CanPrint)
        {
            throw new PrinterHeldException(before);
        }

        job.State = PrintJobState.Printing;
        job.Attempts++;
        job.PossiblyPrinted = true; // from here on, paper may come out
        job.LastError = null;
        await _store.UpdateAsync(job, cancellationToken).ConfigureAwait(false);

        await connection.WriteJobAsync(bytes, cancellationToken).ConfigureAwait(false);
        // The reply to this status request comes after every job byte reached the printer.
        var after = await ReadStatusAsync(connection, cancellationToken).ConfigureAwait(false);
        if (!after.CanPrint)
        {
            throw new PrinterHeldException(after);
        }

        job.State = PrintJobState.Printed;
        job.PrintedAt = _time.GetUtcNow();
        await _store.UpdateAsync(job, CancellationToken.None).ConfigureAwait(false);
        LogJobPrinted(_logger, Name, job.Id, job.Document.Kind, bytes.Length, job.Attempts);
        Complete(job);
        try
        {
            await connection.DisableAutomaticStatusBackAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PrinterConnectionLostException)
        {
            // The job is printed; a printer that closed first does not change that.
        }
    }

    private async Task<PrinterStatus> ReadStatusAsync(EscPosConnection connection, CancellationToken cancellationToken)
    {
        var status = await connection.ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        _lastStatusRead = _time.GetUtcNow();
        _monitor.Report(status);
        return status;
    }

    private async Task ReadIdleStatusAsync(CancellationToken abort)
    {
        try
        {
            var stream = await _transport.OpenAsync(abort).ConfigureAwait(false);
            await using var connection = new EscPosConnection(stream, _settings.ReplyTimeout, _time);
            await ReadStatusAsync(connection, abort).ConfigureAwait(false);
        }
        catch (PrinterUnreachableException)
        {
            _lastStatusRead = _time.GetUtcNow();
            _monitor.Report(PrinterStatus.Unreachable);
        }
        catch (Exception ex) when (ex is PrinterConnectionLostException or PrinterTimeoutException or PrinterStatusFormatException)
        {
            _lastStatusRead = _time.GetUtcNow();
            LogStatusReadFailed(_logger, Name, ex.Message);
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(delay, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stopping);
        try
        {
            if (await _wake.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
            {
                _wake.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException)
        {
            // time is up, or stopping
        }
    }

    private void Complete(PrintJob job)
    {
        if (_waiters.TryRemove(job.Id, out var waiter))
        {
            waiter.TrySetResult(job);
        }
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Printer {PrinterName}: job {JobId} ({DocumentKind}) queued")]
    private static partial void LogJobQueued(ILogger logger, string printerName, long jobId, string documentKind);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Printer {PrinterName}: job {JobId} ({DocumentKind}) printed, {ByteCount} bytes, attempt {Attempts}")]
    private static partial void LogJobPrinted(ILogger logger, string printerName, long jobId, string documentKind, int byteCount, int attempts);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Printer {PrinterName}: job {JobId} held, printer is {PrinterStatus}")]
    private static partial void LogJobHeld(ILogger logger, string printerName, long jobId, string printerStatus);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Printer {PrinterName}: job {JobId} not printed ({Problem}); retrying in {RetryDelay}")]
    private static partial void LogJobRetryLater(ILogger logger, string printerName, long jobId, string problem, TimeSpan retryDelay);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "Printer {PrinterName}: job {JobId} ({DocumentKind}) cannot be printed and is marked failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string printerName, long jobId, string documentKind);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Information, Message = "Printer {PrinterName}: resuming {JobCount} unfinished jobs")]
    private static partial void LogResuming(ILogger logger, string printerName, int jobCount);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Debug, Message = "Printer {PrinterName}: attempt {Attempt} failed: {Problem}")]
    private static partial void LogAttemptFailed(ILogger logger, string printerName, int attempt, string problem);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Warning, Message = "Printer {PrinterName}: status read failed: {Problem}")]
    private static partial void LogStatusReadFailed(ILogger logger, string printerName, string problem);

    [LoggerMessage(EventId = 4208, Level = LogLevel.Error, Message = "Printer {PrinterName}: the job store failed; retrying")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string printerName);
}
