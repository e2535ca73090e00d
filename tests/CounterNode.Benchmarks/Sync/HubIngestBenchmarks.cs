using BenchmarkDotNet.Attributes;
using CounterNode.Hub.Configuration;
using CounterNode.Shared.Sync;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// Hub ingest: pushes of 100 and of 500 ticket issues (a node sends up to 500 per push; each
/// issue writes 2 entities, 2 hash-chained log entries, 1 applied-mutation row) and
/// single-mutation pushes; reported per mutation (mutations/s = 1 s / mean).
/// PostgreSQL runs only when CN_TEST_POSTGRES is set. Each iteration is one push (the batch must
/// be new every time), so BenchmarkDotNet cannot pick the warm-up itself.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*HubIngest*'</c>.
/// </summary>
/// <remarks>
/// Why 1,000 warm-up pushes: the Hub is a server that runs for days, so what counts is its steady
/// state, and the push path only reaches it after the tiered JIT has instrumented and recompiled it
/// (dynamic PGO): measured with <see cref="IngestCurve"/>, pushes of 100 on PostgreSQL cost ~70–85 µs
/// per mutation for the first ~500 pushes and ~32–37 µs from ~900 on. With the earlier 5 warm-up
/// pushes this benchmark measured the cold code. <see cref="IngestCurve"/> prints the whole curve.
/// </remarks>
[SimpleJob(launchCount: 1, warmupCount: 1000, iterationCount: 100)]
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
