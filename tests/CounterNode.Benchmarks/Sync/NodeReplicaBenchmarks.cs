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
/// The node replica on a real file (WAL, synchronous=FULL): one durable local mutation, storing
/// a pull page of 100 changes with rebase of 20 pending mutations, and verifying an outbox chain.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*NodeReplica*'</c>.
/// </summary>
[MemoryDiagnoser]
public class NodeReplicaBenchmarks
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private string _directory = string.Empty;
    private NodeReplica _replica = null!;
    private NodeReplica _verifyReplica = null!;
    private PullResponse _page = null!;
    private int _number;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("cn-bench-replica-").FullName;
        _replica = NodeReplica.Open(NodeReplicaOptions.ForDirectory("counter-01", Path.Combine(_directory, "a")).EnsureDirectory(), SharedMutatorApplier.Default, TimeProvider.System);
        _verifyReplica = NodeReplica.Open(NodeReplicaOptions.ForDirectory("counter-02", Path.Combine(_directory, "b")).EnsureDirectory(), SharedMutatorApplier.Default, TimeProvider.System);
        for (var i = 0; i < 1_000; i++)
            _verifyReplica.MutateAsync(TicketMutationTypes.Issue, Issue(Guid.NewGuid(), i + 1), null, CancellationToken.None).GetAwaiter().GetResult();
        for (var i = 0; i < 20; i++)
            _replica.MutateAsync(TicketMutationTypes.Issue, Issue(Guid.NewGuid(), 900_000 + i), null, CancellationToken.None).GetAwaiter().GetResult();
        var changes = Enumerable.Range(1, 100).Select(v =>
        {
            var id = Guid.NewGuid();
            return new EntityChange(v, TicketEntityTypes.Ticket, id.ToString("D"), "center", Ticket(id, v));
        }).ToList();
        _page = new PullResponse(changes, 100, false, 0, false, HybridTimestamp.Zero);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _replica.Dispose();
        _verifyReplica.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>One local change: overlay + outbox + HLC in one durable transaction.</summary>
    [Benchmark]
    public Task<MutationResult> MutateDurably() =>
        _replica.MutateAsync(TicketMutationTypes.Issue, Issue(Guid.NewGuid(), ++_number), null, CancellationToken.None);

    /// <summary>Stores a pull page of 100 changes and rebases the pending mutations, in one transaction.</summary>
    [Benchmark]
    public Task<PullApplyResult> ApplyPullPageWithRebase() => _replica.ApplyPullAsync(_page, CancellationToken.None);

    /// <summary>Verifies a hash chain of 1,000 outbox entries.</summary>
    [Benchmark]
    public Task<OutboxVerification> VerifyOutbox1000() => _verifyReplica.VerifyOutboxAsync(CancellationToken.None);

    private static JsonElement Issue(Guid id, int number) => MutatorJson.ToElement(new IssueTicketPayload(id, "A", number, Day));

    private static JsonElement Ticket(Guid id, int number) => MutatorJson.ToElement(new TicketEntity(
        id, "B", number, Day, null, "kiosk-01", HybridTimestamp.Create(1_000, 0).Value, TicketStatus.Waiting, null, null, false));
}
