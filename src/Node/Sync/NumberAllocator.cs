using System.Collections.Concurrent;
using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Node.Sync;

/// <summary>
/// <see cref="INumberAllocator"/>: asks the Hub with a short deadline; on no answer in time
/// draws from the reserve. A Hub number whose answer came too late is simply never used: the
/// Hub counts it as used, so the series has a gap — never a duplicate.
/// </summary>
public sealed partial class NumberAllocator : INumberAllocator, IDisposable
{
    private readonly NodeReplica _replica;
    private readonly ISyncTransport _transport;
    private readonly NumberAllocatorSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<NumberSeries, Task> _topUps = new();
    private readonly CancellationTokenSource _lifetime = new();
    private int _disposed;

    public NumberAllocator(NodeReplica replica, ISyncTransport transport, NumberAllocatorSettings settings, TimeProvider time, ILogger<NumberAllocator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Deadline, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ReserveBlockSize, 1);
        _replica = replica;
        _transport = transport;
        _settings = settings;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<AllocatedNumber> AllocateAsync(NumberSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(series.Key);
        var online = await TryOnlineAsync(series, cancellationToken).ConfigureAwait(false);
        AllocatedNumber allocated;
        if (online is { } number)
        {
            // Recorded with the caller's token only: once the Hub has answered, finishing the
            // commit matters more than the deadline.
            await _replica.RecordHubNumberAsync(series, number, cancellationToken).ConfigureAwait(false);
            allocated = new AllocatedNumber(series, number, NumberSource.Hub);
        }
        else
        {
            var reserved = await _replica.TakeReserveNumberAsync(series, cancellationToken).ConfigureAwait(false);
            if (reserved is not { } fromReserve)
            {
                LogReserveExhausted(_logger, series.Kind, series.Key, series.Day);
                StartTopUp(series);
                throw new ReserveExhaustedException(series);
            }

            allocated = new AllocatedNumber(series, fromReserve, NumberSource.Reserve);
            LogFromReserve(_logger, series.Kind, series.Key, fromReserve);
        }

        StartTopUp(series);
        return allocated;
    }

    /// <inheritdoc />
    public async Task<int> EnsureReserveAsync(NumberSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var remaining = await _replica.GetReserveRemainingAsync(series, cancellationToken).ConfigureAwait(false);
        if (remaining >= Math.Max(1, _settings.ReserveLowWater))
            return remaining;
        var lease = await _transport.LeaseReserveAsync(
            new ReserveLeaseRequest(SyncProtocol.Version, _replica.NodeId, series, _settings.ReserveBlockSize), cancellationToken).ConfigureAwait(false);
        if (lease.Series != series || !string.Equals(lease.NodeId, _replica.NodeId, StringComparison.Ordinal) || lease.First < 1 || lease.Last < lease.First)
            throw new SyncProtocolViolationException("reserve", $"the Hub answered with a block that does not match the request ({lease.NodeId} {lease.First}..{lease.Last})");
        await _replica.AddReserveBlockAsync(lease, cancellationToken).ConfigureAwait(false);
        LogLeased(_logger, series.Kind, series.Key, lease.First, lease.Last);
        return await _replica.GetReserveRemainingAsync(series, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes when every background lease started so far has finished (tests, shutdown).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_topUps.Values);

    /// <inheritdoc />
    public void Dispose()
    {
        // Idempotent: the container disposes it once per registration that hands it out.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    private async Task<int?> TryOnlineAsync(NumberSeries series, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_settings.Deadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var response = await _transport.NextNumberAsync(new NumberRequest(SyncProtocol.Version, _replica.NodeId, series), linked.Token)
                .ConfigureAwait(false);
            if (response.Series != series || response.Number < 1)
            {
                LogBadAnswer(_logger, series.Key, response.Number);
                return null;
            }

            return response.Number;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeadline(_logger, series.Key, _settings.Deadline);
            return null;
        }
        catch (HubUnreachableException)
        {
            return null;
        }
        catch (HubRequestRefusedException ex)
        {
            LogRefused(_logger, series.Key, ex.Message);
            return null;
        }
    }

    private void StartTopUp(NumberSeries series)
    {
        if (!_settings.TopUpInBackground || Volatile.Read(ref _disposed) == 1)
            return;
        _topUps.AddOrUpdate(series,
            s => TopUpAsync(s),
            (s, running) => running.IsCompleted ? TopUpAsync(s) : running);
    }

    private async Task TopUpAsync(NumberSeries series)
    {
        await Task.Yield();
        try
        {
            await EnsureReserveAsync(series, _lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HubUnreachableException or HubRequestRefusedException or SyncProtocolViolationException or OperationCanceledException or ObjectDisposedException)
        {
            LogTopUpFailed(_logger, series.Key, ex.Message);
        }
    }

    [LoggerMessage(EventId = 2500, Level = LogLevel.Information, Message = "No online number for series {SeriesKey} within {Deadline}; using the reserve")]
    private static partial void LogDeadline(ILogger logger, string seriesKey, TimeSpan deadline);

    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "Drew {Number} from the reserve of {Kind} series {SeriesKey}")]
    private static partial void LogFromReserve(ILogger logger, NumberSeriesKind kind, string seriesKey, int number);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Error, Message = "Reserve of {Kind} series {SeriesKey} for {Day} is exhausted and the Hub is unreachable")]
    private static partial void LogReserveExhausted(ILogger logger, NumberSeriesKind kind, string seriesKey, DateOnly day);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Information, Message = "Leased {Kind} series {SeriesKey} numbers {First}..{Last}")]
    private static partial void LogLeased(ILogger logger, NumberSeriesKind kind, string seriesKey, int first, int last);

    [LoggerMessage(EventId = 2504, Level = LogLevel.Warning, Message = "Could not top up the reserve of series {SeriesKey}: {Problem}")]
    private static partial void LogTopUpFailed(ILogger logger, string seriesKey, string problem);

    [LoggerMessage(EventId = 2505, Level = LogLevel.Warning, Message = "The Hub refused a number of series {SeriesKey}: {Problem}; using the reserve")]
    private static partial void LogRefused(ILogger logger, string seriesKey, string problem);

    [LoggerMessage(EventId = 2506, Level = LogLevel.Error, Message = "The Hub answered a number request of series {SeriesKey} with an unusable number {Number}; using the reserve")]
    private static partial void LogBadAnswer(ILogger logger, string seriesKey, int number);
}
