using System.Threading.Channels;

namespace CounterNode.Node.Devices.Scanning;

/// <summary>
/// Joins a reading thread to the consumer: input goes through a <see cref="ScanLineAssembler"/>
/// under a lock, results go to a channel, and an idle timer (on the injected
/// <see cref="TimeProvider"/>) turns characters left without a terminator into a partial
/// rejection. Every result is logged here, masked.
/// </summary>
internal sealed class ScanCollector : IDisposable
{
    private readonly ScanLineAssembler _assembler;
    private readonly ScanValidationSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _name;
    private readonly Lock _gate = new();
    private readonly Channel<ScanResult> _results = Channel.CreateUnbounded<ScanResult>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ITimer _idle;
    private readonly List<ScanResult> _scratch = [];
    private long _lastFeedTimestamp;
    private bool _disposed;

    public ScanCollector(string name, ScanValidationSettings settings, TimeProvider timeProvider, ILogger logger)
    {
        _name = name;
        _settings = settings;
        _time = timeProvider;
        _logger = logger;
        _assembler = new ScanLineAssembler(settings);
        _idle = timeProvider.CreateTimer(_ => OnIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The results, in order; completes when the input ended.</summary>
    public ChannelReader<ScanResult> Results => _results.Reader;

    /// <summary>The time base for inputs that carry no time of their own (serial, stdin).</summary>
    public TimeSpan Now => _time.GetElapsedTime(0);

    /// <summary>Applies input to the assembler and publishes what it produced.</summary>
    public void Feed(Action<ScanLineAssembler, ICollection<ScanResult>> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate)
        {
            if (_disposed)
            {
                // The consumer stopped reading; a reader thread still blocked in read may feed late input.
                return;
            }

            _scratch.Clear();
            input(_assembler, _scratch);
            _lastFeedTimestamp = _time.GetTimestamp();
            _idle.Change(_assembler.HasPending ? _settings.InterKeyTimeout : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            foreach (var result in _scratch)
            {
                Publish(result);
            }
        }
    }

    /// <summary>The input ended (device closed): pending characters are a partial scan.</summary>
    public void Complete(Exception? error = null)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _idle.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            if (_assembler.Expire() is { } partial)
            {
                Publish(partial);
            }

            _results.Writer.TryComplete(error);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _idle.Dispose();
            _results.Writer.TryComplete();
        }
    }

    private void OnIdle()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            // A late timer tick after fresh input: wait for the rest of the timeout instead.
            var quiet = _time.GetElapsedTime(_lastFeedTimestamp);
            if (quiet < _settings.InterKeyTimeout)
            {
                _idle.Change(_settings.InterKeyTimeout - quiet, Timeout.InfiniteTimeSpan);
                return;
            }

            if (_assembler.Expire() is { } partial)
            {
                Publish(partial);
            }
        }
    }

    private void Publish(ScanResult result)
    {
        switch (result)
        {
            case ScanAccepted accepted:
                _logger.Accepted(_name, accepted.Text.Length, ScanMask.Mask(accepted.Text));
                break;
            case ScanRejected rejected:
                _logger.Rejected(_name, rejected.Reason);
                break;
        }

        _results.Writer.TryWrite(result);
    }
}
