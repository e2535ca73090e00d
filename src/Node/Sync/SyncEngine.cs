using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Node.Sync;

/// <summary>
/// The node's side of the sync protocol, one explicit step at a time: push the outbox, pull
/// the change log (with rebase), bootstrap when new or told to reset. No timers and no
/// threads of its own — <see cref="SyncAgent"/> drives it in production, a simulation drives
/// it step by step. Rounds are serialised: concurrent callers wait for each other.
/// </summary>
public sealed partial class SyncEngine : IDisposable
{
    private readonly NodeReplica _replica;
    private readonly ISyncTransport _transport;
    private readonly SyncEngineSettings _settings;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _round = new(1, 1);

    public SyncEngine(NodeReplica replica, ISyncTransport transport, SyncEngineSettings? settings = null, ILogger<SyncEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentNullException.ThrowIfNull(transport);
        _replica = replica;
        _transport = transport;
        _settings = settings ?? new SyncEngineSettings();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_settings.PushBatchSize, SyncProtocol.MaxPushMutations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_settings.PullLimit, SyncProtocol.MaxPullLimit);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The replica this engine syncs.</summary>
    public NodeReplica Replica => _replica;

    /// <summary>
    /// One full round: bootstrap if the replica never was, push every pending entry, then pull
    /// until the Hub has nothing more (bootstrapping again if the Hub says the cursor is too old).
    /// </summary>
    /// <exception cref="HubUnreachableException">The Hub did not answer; what was stored so far stays stored.</exception>
    public async Task<SyncRoundResult> SyncOnceAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var bootstrapped = false;
            if (!(await _replica.GetSyncStateAsync(cancellationToken).ConfigureAwait(false)).Bootstrapped)
            {
                await BootstrapCoreAsync(cancellationToken).ConfigureAwait(false);
                bootstrapped = true;
            }

            var pushed = await PushCoreAsync(cancellationToken).ConfigureAwait(false);
            var (pulled, reset) = await PullCoreAsync(cancellationToken).ConfigureAwait(false);
            var state = await _replica.GetSyncStateAsync(cancellationToken).ConfigureAwait(false);
            return new SyncRoundResult(pushed, pulled, bootstrapped || reset, state.Cursor, state.PendingCount);
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Pushes every pending outbox entry, in batches; returns how many were sent.</summary>
    public async Task<int> PushAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PushCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Pulls until the Hub has nothing more; returns how many changes arrived.</summary>
    public async Task<int> PullAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await PullCoreAsync(cancellationToken).ConfigureAwait(false)).Pulled;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>
    /// Applies a commit carried by a poke when it extends this replica's cursor exactly (see
    /// <see cref="NodeReplica.ApplyPokeAsync"/>). Never waits for a running round: false means
    /// "pull instead" (a round is running, the cursor is elsewhere, or the poke carries nothing).
    /// </summary>
    public async Task<bool> TryApplyPokeAsync(SyncPoke poke, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poke);
        if (poke.Changes is null || !await _round.WaitAsync(0, cancellationToken).ConfigureAwait(false))
            return false;
        try
        {
            var outcome = await _replica.ApplyPokeAsync(poke, cancellationToken).ConfigureAwait(false);
            if (outcome == PokeApplyOutcome.Applied)
                LogPokeApplied(_logger, poke.Changes.Count, poke.Version);
            return outcome != PokeApplyOutcome.NotApplicable;
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Loads a full snapshot of the node's scope (pending entries are kept and rebased).</summary>
    public async Task BootstrapAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await BootstrapCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _round.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _round.Dispose();

    private async Task<int> PushCoreAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var state = await _replica.GetSyncStateAsync(cancellationToken).ConfigureAwait(false);
            var after = Math.Max(state.LastApplied, state.PushAcknowledged);
            var batch = await _replica.ReadOutboxAsync(after, _settings.PushBatchSize, _settings.PushBatchBytes, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
                return sent;

            var response = await _transport.PushAsync(new PushRequest(SyncProtocol.Version, _replica.NodeId, batch), cancellationToken).ConfigureAwait(false);
            var rejections = await _replica.RecordPushAsync(response, cancellationToken).ConfigureAwait(false);
            foreach (var rejection in rejections)
                LogRejected(_logger, rejection.MutationId, rejection.ReasonCode);
            sent += batch.Count;
            LogPushed(_logger, batch.Count, batch[0].MutationId, batch[^1].MutationId, response.LastApplied);

            // The Hub stops at a gap or refuses to go further; pushing the same batch again at
            // once would spin. The next round (timer, poke) tries again.
            if (response.LastApplied < batch[^1].MutationId)
            {
                LogPushStalled(_logger, batch[^1].MutationId, response.LastApplied);
                return sent;
            }
        }
    }

    private async Task<(int Pulled, bool Reset)> PullCoreAsync(CancellationToken cancellationToken)
    {
        var pulled = 0;
        var reset = false;
        while (true)
        {
            var state = await _replica.GetSyncStateAsync(cancellationToken).ConfigureAwait(false);
            var response = await _transport.PullAsync(new PullRequest(SyncProtocol.Version, _replica.NodeId, state.Cursor, _settings.PullLimit), cancellationToken)
                .ConfigureAwait(false);
            if (response.ResetRequired)
            {
                if (reset)
                    throw new SyncProtocolViolationException("pull", "the Hub asked for a reset right after a bootstrap");
                LogResetRequired(_logger, state.Cursor);
                await BootstrapCoreAsync(cancellationToken).ConfigureAwait(false);
                reset = true;
                continue;
            }

            var applied = await _replica.ApplyPullAsync(response, cancellationToken).ConfigureAwait(false);
            pulled += response.Changes.Count;
            if (response.Changes.Count > 0 || applied.MutationsDropped > 0)
                LogPulled(_logger, response.Changes.Count, response.Cursor, applied.MutationsDropped, applied.MutationsRebased);
            if (!response.HasMore)
                return (pulled, reset);
            if (response.Cursor <= state.Cursor && response.Changes.Count == 0)
                throw new SyncProtocolViolationException("pull", "the Hub says it has more but the cursor did not move");
        }
    }

    private async Task BootstrapCoreAsync(CancellationToken cancellationToken)
    {
        // Pages are collected first and stored in one transaction: a node cut off mid-bootstrap
        // keeps its old (consistent) replica instead of half of a new one.
        var entities = new List<EntityChange>();
        string? afterKey = null;
        long snapshotVersion = 0;
        long lastApplied = 0;
        var first = true;
        while (true)
        {
            var page = await _transport.BootstrapAsync(new BootstrapRequest(SyncProtocol.Version, _replica.NodeId, afterKey, _settings.BootstrapPageSize), cancellationToken)
                .ConfigureAwait(false);
            if (first)
            {
                snapshotVersion = page.SnapshotVersion;
                lastApplied = page.LastApplied;
                first = false;
            }

            entities.AddRange(page.Entities);
            if (!page.HasMore)
                break;
            if (page.NextKey is null || page.NextKey == afterKey)
                throw new SyncProtocolViolationException("bootstrap", "the Hub says it has more but gave no next key");
            afterKey = page.NextKey;
        }

        await _replica.ApplySnapshotAsync(entities, snapshotVersion, lastApplied, cancellationToken).ConfigureAwait(false);
        LogBootstrapped(_logger, entities.Count, snapshotVersion);
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Pushed {Count} mutations ({From}..{To}); Hub has applied up to {LastApplied}")]
    private static partial void LogPushed(ILogger logger, int count, long from, long to, long lastApplied);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "The Hub refused mutation {MutationId}: {ReasonCode}")]
    private static partial void LogRejected(ILogger logger, long mutationId, string? reasonCode);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Push stalled: sent up to {MutationId} but the Hub has applied only up to {LastApplied}")]
    private static partial void LogPushStalled(ILogger logger, long mutationId, long lastApplied);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Debug, Message = "Pulled {Count} changes up to {Cursor}; dropped {Dropped} acknowledged, rebased {Rebased} pending")]
    private static partial void LogPulled(ILogger logger, int count, long cursor, int dropped, int rebased);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "The Hub no longer holds history after cursor {Cursor}; bootstrapping")]
    private static partial void LogResetRequired(ILogger logger, long cursor);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Debug, Message = "Applied {Count} changes carried by a poke, up to {Version}")]
    private static partial void LogPokeApplied(ILogger logger, int count, long version);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information, Message = "Bootstrapped {EntityCount} entities at version {SnapshotVersion}")]
    private static partial void LogBootstrapped(ILogger logger, int entityCount, long snapshotVersion);
}
