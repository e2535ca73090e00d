using BenchmarkDotNet.Attributes;
using CounterNode.Hub.Configuration;
using CounterNode.Shared.Sync;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// Hub ingest: pushes of 100 and of 500 ticket issues (a node sends up to 500 per push; each
/// issue writes 2 entities, 2 hash-chained log entries, 1 applied-mutation row) and
/// single-mutation pushes; reported per mutation (mutations/s = 1 s / mean).
/// PostgreSQL runs only when CN_TEST_POSTGRES is set. Each iteration is one push (the batch must
/// be new every time), so the job takes 20 iterations instead of the short job's 3.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*HubIngest*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
[MemoryDiagnoser]
public class HubIngestBenchmarks
{
    private HubBenchDatabase _db = null!;
    private PushRequest _batch = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CN_TEST_POSTGRES"))
            ? [DatabaseProvider.Sqlite]
            : [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    [GlobalSetup]
    public void Setup() => _db = new HubBenchDatabase(Provider);

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [IterationSetup(Target = nameof(PushBatchOf100))]
    public void NextBatchOf100() => _batch = _db.NextBatch(100);

    [IterationSetup(Target = nameof(PushBatchOf500))]
    public void NextBatchOf500() => _batch = _db.NextBatch(500);

    [IterationSetup(Target = nameof(PushOneMutation))]
    public void NextSingle() => _batch = _db.NextBatch(1);

    /// <summary>Mean time per mutation when pushed 100 per transaction.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public Task<PushResponse> PushBatchOf100() => _db.Engine.PushAsync(_db.Identity, _batch, CancellationToken.None);

    /// <summary>Mean time per mutation when pushed 500 per transaction (the node's default push size).</summary>
    [Benchmark(OperationsPerInvoke = 500)]
    public Task<PushResponse> PushBatchOf500() => _db.Engine.PushAsync(_db.Identity, _batch, CancellationToken.None);

    /// <summary>One mutation per push (one transaction each).</summary>
    [Benchmark]
    public Task<PushResponse> PushOneMutation() => _db.Engine.PushAsync(_db.Identity, _batch, CancellationToken.None);
}
