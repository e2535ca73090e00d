using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// What one node spends on one ticket issued elsewhere (a commit of 2 changes): stored from the
/// poke's content, or stored as a pull page (the node's side of a pull; the HTTP round trip and
/// the Hub's query are not included). With N nodes on one machine (the load harness), every
/// commit costs about N times this, which is what bounds the A→B latency there.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*SyncPoke*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SyncPokeBenchmarks
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private string _directory = string.Empty;
    private NodeReplica _replica = null!;
    private long _version;
    private int _number;
    // Ticket documents built ahead of time, so one benchmark measures the node's work alone.
    private (string NumberKey, JsonElement Number, string TicketId, JsonElement Ticket)[] _prebuilt = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("cn-bench-poke-").FullName;
        _replica = NodeReplica.Open(NodeReplicaOptions.ForDirectory("counter-01", _directory).EnsureDirectory(), SharedMutatorApplier.Default, TimeProvider.System);
        _replica.ApplySnapshotAsync([], 0, 0, CancellationToken.None).GetAwaiter().GetResult();
        _prebuilt = [.. Enumerable.Range(1, 4096).Select(n =>
        {
            var id = Guid.NewGuid();
            return ($"2026-11-26/B/{n}", MutatorJson.ToElement(new TicketNumberIndex([id])), id.ToString("D"), Ticket(id, n));
        })];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _replica.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A ticket issued elsewhere, applied from the poke (cursor check, store, rebase check, notify).</summary>
    [Benchmark]
    public Task<PokeApplyOutcome> ApplyTicketFromPoke()
    {
        var (from, changes) = NextCommit();
        return _replica.ApplyPokeAsync(new SyncPoke(from + changes.Count, from, changes, HybridTimestamp.Create(1_000, 0).Value), CancellationToken.None);
    }

    /// <summary>
    /// The same as <see cref="ApplyTicketFromPoke"/> with the ticket's JSON built beforehand (as
    /// the SignalR client hands it over): the node's own cost per poke, without the benchmark's.
    /// After 4096 tickets the documents repeat, stored as updates at newer versions.
    /// </summary>
    [Benchmark]
    public Task<PokeApplyOutcome> ApplyPrebuiltTicketFromPoke()
    {
        var (numberKey, number, ticketId, ticket) = _prebuilt[_next++ % _prebuilt.Length];
        var from = _version;
        List<EntityChange> changes =
        [
            new(++_version, TicketEntityTypes.TicketNumber, numberKey, "center", number),
            new(++_version, TicketEntityTypes.Ticket, ticketId, "center", ticket),
        ];
        return _replica.ApplyPokeAsync(new SyncPoke(_version, from, changes, HybridTimestamp.Create(1_000, 0).Value), CancellationToken.None);
    }

    /// <summary>The same commit stored as a pull page.</summary>
    [Benchmark]
    public Task<PullApplyResult> ApplyTicketFromPullPage()
    {
        var (from, changes) = NextCommit();
        return _replica.ApplyPullAsync(new PullResponse(changes, from + changes.Count, false, 0, false, HybridTimestamp.Zero), CancellationToken.None);
    }

    private (long From, List<EntityChange> Changes) NextCommit()
    {
        var from = _version;
        var id = Guid.NewGuid();
        var number = ++_number;
        var changes = new List<EntityChange>
        {
            new(++_version, TicketEntityTypes.TicketNumber, $"2026-11-27/A/{number}", "center", MutatorJson.ToElement(new TicketNumberIndex([id]))),
            new(++_version, TicketEntityTypes.Ticket, id.ToString("D"), "center", Ticket(id, number)),
        };
        return (from, changes);
    }

    private static JsonElement Ticket(Guid id, int number) => MutatorJson.ToElement(new TicketEntity(
        id, "A", number, Day, null, "kiosk-01", HybridTimestamp.Create(1_000, 0).Value, TicketStatus.Waiting, null, null, false));
}
