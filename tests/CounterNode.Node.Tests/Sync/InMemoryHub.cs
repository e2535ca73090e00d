using CounterNode.Node.Sync;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Sync;

/// <summary>
/// A small Hub for node unit tests: applies pushed mutations with the real shared mutators,
/// keeps a commit-ordered change log and per-node lastApplied, hands out numbers and leases.
/// Can be switched offline. (The real Hub is exercised by the integration tests.)
/// </summary>
internal sealed class InMemoryHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Type, string Id), EntityChange> _entities = [];
    private readonly List<EntityChange> _log = [];
    private readonly Dictionary<string, long> _lastApplied = [];
    private readonly Dictionary<NumberSeries, int> _nextNumber = [];

    public bool Online { get; set; } = true;

    public long Version { get; private set; }

    /// <summary>Changes below this version are forgotten (pulls from older cursors get ResetRequired).</summary>
    public long RetainedFrom { get; set; }

    public List<Mutation> Applied { get; } = [];

    public List<int> PushSizes { get; } = [];

    /// <summary>Pull requests answered (online), by every node.</summary>
    public int Pulls { get; private set; }

    public HashSet<(NumberSeries Series, int Number)> NumbersGiven { get; } = [];

    public ISyncTransport For(string nodeId) => new Transport(this, nodeId);

    public List<EntityChange> LiveEntities()
    {
        lock (_gate)
            return [.. _entities.Values.Where(e => e.Data is not null)];
    }

    public EntityChange? Entity(string type, string id)
    {
        lock (_gate)
            return _entities.GetValueOrDefault((type, id));
    }

    private PushResponse Push(PushRequest request)
    {
        lock (_gate)
        {
            PushSizes.Add(request.Mutations.Count);
            var lastApplied = _lastApplied.GetValueOrDefault(request.NodeId);
            var outcomes = new List<MutationOutcome>();
            foreach (var mutation in request.Mutations)
            {
                if (mutation.MutationId <= lastApplied)
                {
                    outcomes.Add(new MutationOutcome(mutation.MutationId, MutationStatus.Duplicate));
                    continue;
                }

                if (mutation.MutationId != lastApplied + 1 || MutationHasher.Compute(mutation) != mutation.Hash)
                    break;
                var session = new BufferedEntitySession((type, id) =>
                    _entities.TryGetValue((type, id), out var e) && e.Data is { } data ? new SessionEntity(type, id, e.Scope, data) : null);
                try
                {
                    MutatorRegistry.Default.Apply(mutation, session, isAuthoritative: true);
                    foreach (var write in session.Writes)
                    {
                        var change = new EntityChange(++Version, write.Type, write.Id, write.Scope, write.Data);
                        _entities[(write.Type, write.Id)] = change;
                        _log.Add(change);
                    }

                    outcomes.Add(new MutationOutcome(mutation.MutationId, MutationStatus.Applied));
                    Applied.Add(mutation);
                }
                catch (DomainException ex)
                {
                    outcomes.Add(new MutationOutcome(mutation.MutationId, MutationStatus.Rejected, ex.Code, ex.Message));
                }

                lastApplied = mutation.MutationId;
            }

            _lastApplied[request.NodeId] = lastApplied;
            return new PushResponse(lastApplied, Version, outcomes);
        }
    }

    private PullResponse Pull(PullRequest request)
    {
        lock (_gate)
        {
            Pulls++;
            var lastApplied = _lastApplied.GetValueOrDefault(request.NodeId);
            if (request.Cursor < RetainedFrom)
                return new PullResponse([], request.Cursor, false, lastApplied, true, HybridTimestamp.Zero);
            var changes = _log.Where(c => c.Version > request.Cursor).Take(request.Limit + 1).ToList();
            var hasMore = changes.Count > request.Limit;
            if (hasMore)
                changes.RemoveAt(changes.Count - 1);
            var cursor = hasMore ? changes[^1].Version : Math.Max(request.Cursor, Version);
            return new PullResponse(changes, cursor, hasMore, lastApplied, false, HybridTimestamp.Zero);
        }
    }

    private BootstrapResponse Bootstrap(BootstrapRequest request)
    {
        lock (_gate)
        {
            var live = _entities.Values.Where(e => e.Data is not null).OrderBy(e => e.EntityType).ThenBy(e => e.EntityId).ToList();
            return new BootstrapResponse(live, null, false, Version, _lastApplied.GetValueOrDefault(request.NodeId));
        }
    }

    private int NextNumber(NumberSeries series, int count)
    {
        lock (_gate)
        {
            var next = _nextNumber.GetValueOrDefault(series, 1);
            _nextNumber[series] = next + count;
            for (var n = next; n < next + count; n++)
                NumbersGiven.Add((series, n));
            return next;
        }
    }

    private sealed class Transport(InMemoryHub hub, string nodeId) : ISyncTransport
    {
        public Task<PushResponse> PushAsync(PushRequest request, CancellationToken cancellationToken) =>
            Answer("push", () => hub.Push(request));

        public Task<PullResponse> PullAsync(PullRequest request, CancellationToken cancellationToken) =>
            Answer("pull", () => hub.Pull(request));

        public Task<BootstrapResponse> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken) =>
            Answer("bootstrap", () => hub.Bootstrap(request));

        public Task<NumberResponse> NextNumberAsync(NumberRequest request, CancellationToken cancellationToken) =>
            Answer("numbers", () => new NumberResponse(request.Series, hub.NextNumber(request.Series, 1)));

        public Task<ReserveLeaseResponse> LeaseReserveAsync(ReserveLeaseRequest request, CancellationToken cancellationToken) =>
            Answer("reserve", () =>
            {
                var first = hub.NextNumber(request.Series, request.Size);
                return new ReserveLeaseResponse(request.Series, nodeId, first, first + request.Size - 1);
            });

        private Task<T> Answer<T>(string operation, Func<T> answer) =>
            hub.Online ? Task.FromResult(answer()) : Task.FromException<T>(new HubUnreachableException(operation, "in-memory Hub is offline"));
    }
}
