using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Catalogue;

/// <summary>
/// <see cref="ICatalogue"/> over the replica: reads every <c>catalogue.*</c> entity at start,
/// then follows the replica's notifications (an entity change updates one entry; a replica reset
/// reloads everything). Logs which source is in use at start and whenever it switches.
/// </summary>
public sealed class NodeCatalogue(INodeReplica replica, ILogger<NodeCatalogue> logger) : ICatalogue, IHostedService, IAsyncDisposable
{
    private readonly Dictionary<EntityKey, JsonElement> _entries = [];
    private readonly CancellationTokenSource _stopping = new();
    private volatile SyncedCatalogue _current = SyncedCatalogue.Empty;
    private CatalogueSource? _loggedSource;
    private Task _watch = Task.CompletedTask;
    private int _disposed;

    /// <inheritdoc />
    public SyncedCatalogue Current => _current;

    /// <summary>Completes after the first read, so the queue never starts on a half-read catalogue.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe BEFORE the first read: a change committed in between is then replayed, not lost.
        var notifications = replica.WatchAsync(_stopping.Token).GetAsyncEnumerator(_stopping.Token);
        var first = notifications.MoveNextAsync();
        await ReloadAsync(cancellationToken).ConfigureAwait(false);
        _watch = WatchAsync(notifications, first);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) != 0)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _watch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-reads every catalogue entity from the replica.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<EntityKey, JsonElement>();
        foreach (var type in CatalogueEntityTypes.All)
        {
            foreach (var entity in await replica.QueryAsync(type, null, cancellationToken).ConfigureAwait(false))
                loaded[new EntityKey(entity.Type, entity.Id)] = entity.Data;
        }

        lock (_entries)
        {
            _entries.Clear();
            foreach (var (key, data) in loaded)
                _entries[key] = data;
            Publish();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The container disposes this instance once per registration (class, ICatalogue, hosted service).
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _watch.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stopping.Dispose();
    }

    private async Task WatchAsync(IAsyncEnumerator<ReplicaNotification> notifications, ValueTask<bool> first)
    {
        try
        {
            await using (notifications.ConfigureAwait(false))
            {
                var more = await first.ConfigureAwait(false);
                while (more)
                {
                    await HandleAsync(notifications.Current).ConfigureAwait(false);
                    more = await notifications.MoveNextAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            NodeCatalogueLog.WatchFailed(logger, ex);
        }
    }

    private async Task HandleAsync(ReplicaNotification notification)
    {
        switch (notification)
        {
            case EntityChanged changed when CatalogueEntityTypes.IsCatalogue(changed.Key.Type):
                lock (_entries)
                {
                    if (changed.Entity is { } entity)
                        _entries[changed.Key] = entity.Data;
                    else
                        _entries.Remove(changed.Key);
                    Publish();
                }

                NodeCatalogueLog.Changed(logger, changed.Key.Type, changed.Key.Id);
                break;
            case ReplicaReset:
                await ReloadAsync(_stopping.Token).ConfigureAwait(false);
                break;
        }
    }

    // Called under the lock: rebuilds the immutable view (the catalogue is small: tens of entries).
    private void Publish()
    {
        var catalogue = new SyncedCatalogue(
            Read<CenterEntity>(CatalogueEntityTypes.Center).FirstOrDefault(),
            Read<DepartmentEntity>(CatalogueEntityTypes.Department),
            Read<ServiceEntity>(CatalogueEntityTypes.Service),
            Read<ProcedureEntity>(CatalogueEntityTypes.Procedure),
            Read<CounterEntity>(CatalogueEntityTypes.Counter),
            Read<OfficerEntity>(CatalogueEntityTypes.Officer),
            Read<PriorityCategoryEntity>(CatalogueEntityTypes.PriorityCategory),
            Read<CalendarYearEntity>(CatalogueEntityTypes.CalendarYear));
        _current = catalogue;
        if (_loggedSource == catalogue.Source)
            return;
        _loggedSource = catalogue.Source;
        if (catalogue.Source == CatalogueSource.Synced)
            NodeCatalogueLog.UsingSynced(logger, catalogue.Services.Count, catalogue.Counters.Count, catalogue.Officers.Count);
        else
            NodeCatalogueLog.UsingConfiguration(logger);
    }

    private List<T> Read<T>(string type)
        where T : class
    {
        var result = new List<T>();
        foreach (var (key, data) in _entries)
        {
            if (key.Type != type)
                continue;
            try
            {
                result.Add(data.Deserialize<T>(MutatorJson.Options) ?? throw new JsonException("empty state"));
            }
            catch (JsonException ex)
            {
                // A newer Hub may write a shape this node cannot read: skip the entry, keep the rest working.
                NodeCatalogueLog.Unreadable(logger, key.Type, key.Id, ex);
            }
        }

        return result;
    }
}
