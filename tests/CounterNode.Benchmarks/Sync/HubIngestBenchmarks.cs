using BenchmarkDotNet.Attributes;
using CounterNode.Hub.Configuration;
using CounterNode.Shared.Sync;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// Hub ingest: pushes of 100 ticket issues (each writes 2 entities, 2 hash-chained log entries,
/// 1 applied-mutation row) and single-mutation pushes; reported per mutation.
/// PostgreSQL runs only when CN_TEST_POSTGRES is set.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*HubIngest*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class HubIngestBenchmarks
{
    private HubBenchDatabase _db = null!;
    private PushRequest _batch = null!;
    private PushRequest _single = null!;

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
    public void NextBatch() => _batch = _db.NextBatch(100);

    [IterationSetup(Target = nameof(PushOneMutation))]
    public void NextSingle() => _single = _db.NextBatch(1);

    /// <summary>Mean time per mutation when pushed 100 per transaction.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public Task<PushResponse> PushBatchOf100() => _db.Engine.PushAsync(_db.Identity, _batch, CancellationToken.None);

    /// <summary>One mutation per push (one transaction each).</summary>
    [Benchmark]
    public Task<PushResponse> PushOneMutation() => _db.Engine.PushAsync(_db.Identity, _single, CancellationToken.None);
}
