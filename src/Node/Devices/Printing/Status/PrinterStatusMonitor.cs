using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>
/// Keeps the last status, publishes each change (event + one channel per watcher) and logs one
/// structured line per change. Reports of an unchanged status publish nothing.
/// </summary>
public sealed partial class PrinterStatusMonitor : IPrinterStatusMonitor
{
    private readonly Lock _gate = new();
    private readonly List<Channel<PrinterStatusChanged>> _watchers = [];
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private PrinterStatus _current = PrinterStatus.Unknown;

    public PrinterStatusMonitor(string printerName, TimeProvider time, ILogger<PrinterStatusMonitor> logger)
    {
        PrinterName = printerName;
        _time = time;
        _logger = logger;
    }

    public event EventHandler<PrinterStatusChanged>? StatusChanged;

    public string PrinterName { get; }

    public PrinterStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Records a status read; publishes when it differs from the last one.</summary>
    public void Report(PrinterStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        PrinterStatusChanged change;
        Channel<PrinterStatusChanged>[] watchers;
        lock (_gate)
        {
            if (status == _current)
            {
                return;
            }

            change = new PrinterStatusChanged(PrinterName, _current, status, _time.GetUtcNow());
            _current = status;
            watchers = [.. _watchers];
        }

        LogStatusChanged(_logger, PrinterName, change.Previous.Summary(), status.Summary());
        foreach (var watcher in watchers)
        {
            watcher.Writer.TryWrite(change);
        }

        StatusChanged?.Invoke(this, change);
    }

    public async IAsyncEnumerable<PrinterStatusChanged> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<PrinterStatusChanged>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Printer {PrinterName} status changed from {PreviousStatus} to {PrinterStatus}")]
    private static partial void LogStatusChanged(ILogger logger, string printerName, string previousStatus, string printerStatus);
}
