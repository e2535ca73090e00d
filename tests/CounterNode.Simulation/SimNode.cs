using CounterNode.Hub.Sync;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Identifiers;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Data.Sqlite;

namespace CounterNode.Simulation;

/// <summary>
/// One counter node: nodesync's real <see cref="NodeReplica"/> (SQLite, kept in memory),
/// <see cref="SyncEngine"/> and <see cref="NumberAllocator"/>, driven step by step. A crash
/// disposes all three (anything not committed is gone) and reopens the same database.
/// </summary>
internal sealed class SimNode : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2026, 11, 26);
    public static readonly NumberSeries Series = new(NumberSeriesKind.Ticket, "A", Day);

    private readonly SqliteConnection _keeper;
    private readonly string _connectionString;
    private readonly Random _random;
    private readonly ISyncTransport _transport;
    private static long _runs;
    private bool _joined;

    public SimNode(int counter, SkewedTimeProvider clock, Random random, SimNetwork network, SimHub hub, int seed)
    {
        Counter = counter;
        NodeId = $"counter-{counter:D2}";
        Identity = new NodeIdentity(NodeId, [SyncScope.Center, SyncScope.Counter(counter)]);
        Clock = clock;
        _random = random;
        // Unique per run (a replay in the same process must not find the first run's database);
        // no pooling, so the database really goes away with the last connection.
        _connectionString = $"Data Source=file:sim-{seed}-{Interlocked.Increment(ref _runs)}-{NodeId}?mode=memory&cache=shared;Pooling=False";
        // Holds the in-memory database while the node is "down".
        _keeper = new SqliteConnection(_connectionString);
        _keeper.Open();
        _transport = new SimTransport(Identity, network, hub);
        Open();
    }

    public string NodeId { get; }

    public int Counter { get; }

    public NodeIdentity Identity { get; }

    public SkewedTimeProvider Clock { get; }

    public NodeReplica Replica { get; private set; } = null!;

    public SyncEngine Engine { get; private set; } = null!;

    public NumberAllocator Numbers { get; private set; } = null!;

    /// <summary>Every mutation this node committed (durably) — each must reach the Hub exactly once.</summary>
    public List<Mutation> Committed { get; } = [];

    /// <summary>Printed ticket numbers (each must be unique center-wide).</summary>
    public List<int> Printed { get; } = [];

    public long LastCursor { get; private set; }

    public int Crashes { get; private set; }

    public int Resets { get; private set; }

    public async Task IssueAsync(CancellationToken ct)
    {
        AllocatedNumber number;
        try
        {
            number = await Numbers.AllocateAsync(Series, ct);
        }
        catch (ReserveExhaustedException)
        {
            return; // offline with no reserve: the kiosk shows "try again"; nothing printed
        }

        var scope = _random.NextDouble() < 0.1 ? SyncScope.Counter(Counter) : null;
        var payload = new IssueTicketPayload(NewGuid(), Series.Key, number.Number, Series.Day, "TP", scope);
        var result = await Replica.MutateAsync(TicketMutationTypes.Issue, MutatorJson.ToElement(payload), "officer", ct);
        Committed.Add(result.Mutation);
        Printed.Add(number.Number);
    }

    /// <summary>Draws a number, then crashes before the ticket is recorded (the number is lost: a gap, never a duplicate).</summary>
    public async Task IssueThenCrashAsync(CancellationToken ct)
    {
        try
        {
            await Numbers.AllocateAsync(Series, ct);
        }
        catch (ReserveExhaustedException)
        {
            // nothing drawn
        }

        await CrashAsync();
    }

    public async Task CallAsync(CancellationToken ct)
    {
        var waiting = await Replica.QueryAsync(TicketEntityTypes.Ticket, e => Status(e) == "waiting", ct);
        if (waiting.Count == 0)
            return;
        var ticket = waiting[_random.Next(waiting.Count)];
        await TryMutateAsync(TicketMutationTypes.Call, new TicketCounterPayload(Guid.Parse(ticket.Id), Counter), ct);
    }

    public async Task CloseAsync(CancellationToken ct)
    {
        var mine = await Replica.QueryAsync(TicketEntityTypes.Ticket, e => Status(e) == "called" && HeldByMe(e), ct);
        if (mine.Count == 0)
            return;
        var ticket = mine[_random.Next(mine.Count)];
        var type = _random.NextDouble() < 0.8 ? TicketMutationTypes.Finish : TicketMutationTypes.NoShow;
        await TryMutateAsync(type, new TicketCounterPayload(Guid.Parse(ticket.Id), Counter), ct);
    }

    public async Task SyncAsync(CancellationToken ct)
    {
        try
        {
            var round = await Engine.SyncOnceAsync(ct);
            // The first bootstrap is the node joining; any later one is a reset (cursor behind compaction).
            if (round.Bootstrapped && _joined)
                Resets++;
            _joined = true;
            if (round.Cursor < LastCursor)
                throw new InvariantViolationException($"{NodeId}: cursor went back from {LastCursor} to {round.Cursor}.");
            LastCursor = round.Cursor;
        }
        catch (HubUnreachableException)
        {
            // Offline: the outbox keeps everything for the next round.
        }
        catch (HubRequestRefusedException)
        {
            // A refused batch (e.g. a stale duplicate raced a delayed copy): the next round retries from the Hub's lastApplied.
        }
    }

    public async Task PushAsync(CancellationToken ct)
    {
        try
        {
            await Engine.PushAsync(ct);
        }
        catch (HubUnreachableException)
        {
            // Retried by the next round.
        }
        catch (HubRequestRefusedException)
        {
            // Retried by the next round.
        }
    }

    public async Task TopUpAsync(CancellationToken ct)
    {
        try
        {
            await Numbers.EnsureReserveAsync(Series, ct);
        }
        catch (HubUnreachableException)
        {
            // No lease while offline.
        }
        catch (HubRequestRefusedException)
        {
            // Not expected, but not fatal for the node either; invariants decide.
        }
    }

    public async Task CrashAsync()
    {
        Crashes++;
        await CloseReplicaAsync();
        Open();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseReplicaAsync();
        await _keeper.DisposeAsync();
    }

    private async Task TryMutateAsync<T>(string type, T payload, CancellationToken ct)
    {
        try
        {
            var result = await Replica.MutateAsync(type, MutatorJson.ToElement(payload), "officer", ct);
            Committed.Add(result.Mutation);
        }
        catch (DomainException)
        {
            // Refused locally (the optimistic view already says no): nothing was stored.
        }
    }

    private void Open()
    {
        var ids = new Uuid7(Clock, n =>
        {
            var bytes = new byte[n];
            _random.NextBytes(bytes);
            return bytes;
        });
        Replica = NodeReplica.Open(new NodeReplicaOptions(NodeId, _connectionString, TimeSpan.FromMinutes(30)), SharedMutatorApplier.Default, Clock, ids);
        Engine = new SyncEngine(Replica, _transport, new SyncEngineSettings(PushBatchSize: 50, PullLimit: 256, BootstrapPageSize: 256));
        Numbers = new NumberAllocator(Replica, _transport,
            new NumberAllocatorSettings(TimeSpan.FromSeconds(1), ReserveBlockSize: 10, ReserveLowWater: 3, TopUpInBackground: false), Clock);
    }

    private async Task CloseReplicaAsync()
    {
        Numbers.Dispose();
        Engine.Dispose();
        await Replica.DisposeAsync();
    }

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string? Status(ReplicaEntity e) => e.Data.TryGetProperty("status", out var s) ? s.GetString() : null;

    private bool HeldByMe(ReplicaEntity e) =>
        e.Data.TryGetProperty("call", out var call) && call.ValueKind == System.Text.Json.JsonValueKind.Object &&
        call.GetProperty("counter").GetInt32() == Counter && call.GetProperty("nodeId").GetString() == NodeId;
}
