using CounterNode.Node.Storage;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Sync;

/// <summary>
/// Hosted service that keeps the replica in sync: a round on every poke, reconnect and local
/// mutation, and on a timer (pokes are not guaranteed). Failed rounds back off with jitter,
/// but a poke or a mutation still wakes it at once. Never stops before the host does.
/// </summary>
public sealed partial class SyncAgent : BackgroundService
{
    private readonly SyncEngine _engine;
    private readonly PokeListener _pokes;
    private readonly SyncTrigger _trigger;
    private readonly NodeSyncOptions _options;
    private readonly UnlimitedRetryPolicy _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger<SyncAgent> _logger;

    public SyncAgent(SyncEngine engine, PokeListener pokes, SyncTrigger trigger, IOptions<NodeSyncOptions> options, TimeProvider time, ILogger<SyncAgent> logger)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _pokes = pokes;
        _trigger = trigger;
        _options = options.Value;
        // Failed rounds back off up to the pull interval (at least a second, so a short interval
        // does not hammer a Hub that is down).
        var cap = _options.PullInterval > TimeSpan.FromSeconds(1) ? _options.PullInterval : TimeSpan.FromSeconds(1);
        _backoff = new UnlimitedRetryPolicy(TimeSpan.FromMilliseconds(250), cap);
        _time = time;
        _logger = logger;
    }

    private long _successfulRounds;

    /// <summary>Rounds completed without error since start.</summary>
    public long SuccessfulRounds => Interlocked.Read(ref _successfulRounds);

    private long _skippedRequests;

    /// <summary>Poke requests that needed no round because the replica already held their version.</summary>
    public long SkippedRequests => Interlocked.Read(ref _skippedRequests);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _engine.Replica.OutboxAppended += OnOutboxAppended;
        var listening = Task.Run(() => _pokes.RunAsync(stoppingToken), stoppingToken);
        try
        {
            long failures = 0;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var result = await _engine.SyncOnceAsync(stoppingToken).ConfigureAwait(false);
                    if (failures > 0)
                        LogRecovered(_logger, failures, result.Pending);
                    failures = 0;
                    Interlocked.Increment(ref _successfulRounds);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (HubUnreachableException ex)
                {
                    failures++;
                    if (failures == 1)
                        LogOffline(_logger, ex.Operation, ex.Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A refusal, a disk error, a bug: log it and keep the agent alive. Local work
                    // never depends on this loop, and the next round may well succeed.
                    failures++;
                    LogRoundFailed(_logger, ex);
                }

                var wait = failures == 0 ? _options.PullInterval : _backoff.Delay(failures - 1);
                try
                {
                    await WaitForWorkAsync(wait, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            _engine.Replica.OutboxAppended -= OnOutboxAppended;
            try
            {
                await listening.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Host stopping.
            }
        }
    }

    // Waits for the timer or for a request a round would serve. Requests already served (a poke
    // of a commit the last round pulled) are skipped without a Hub round trip; the timer keeps
    // its deadline across them.
    private async Task WaitForWorkAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        var due = _time.GetUtcNow() + wait;
        while (true)
        {
            var left = due - _time.GetUtcNow();
            if (left <= TimeSpan.Zero || !await _trigger.WaitAsync(left, _time, stoppingToken).ConfigureAwait(false))
            {
                _trigger.Take();
                return;
            }

            var request = _trigger.Take();
            if (request.Full)
                return;
            var state = await _engine.Replica.GetSyncStateAsync(stoppingToken).ConfigureAwait(false);
            if (!request.IsSatisfiedBy(state.Cursor, state.PendingCount))
                return;
            Interlocked.Increment(ref _skippedRequests);
        }
    }

    private void OnOutboxAppended(object? sender, EventArgs e) => _trigger.Request();

    [LoggerMessage(EventId = 2400, Level = LogLevel.Warning, Message = "Hub unreachable ({Operation}: {Problem}); working offline and retrying")]
    private static partial void LogOffline(ILogger logger, string operation, string problem);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Hub reachable again after {Failures} failed rounds; {Pending} mutations still pending")]
    private static partial void LogRecovered(ILogger logger, long failures, int pending);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Error, Message = "Sync round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
