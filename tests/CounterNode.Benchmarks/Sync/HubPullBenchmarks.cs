using BenchmarkDotNet.Attributes;
using CounterNode.Hub.Configuration;
using CounterNode.Shared.Sync;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// Hub reads: pulling 20,000 changes in pages of 1,000 (reported per change), and a full
/// bootstrap of 100,000 entities (50,000 tickets + their number index) in pages of 10,000.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*HubPull*'</c>.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class HubPullBenchmarks
{
    private const int PulledChanges = 20_000;
    private HubBenchDatabase _db = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers => HubIngestBenchmarks.Providers;

    [GlobalSetup]
    public void Setup()
    {
        _db = new HubBenchDatabase(Provider);
        for (var i = 0; i < 50; i++)
            _db.Engine.PushAsync(_db.Identity, _db.NextBatch(1_000), CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    /// <summary>Mean time per change while pulling 20,000 of them, 1,000 per page.</summary>
    [Benchmark(OperationsPerInvoke = PulledChanges)]
    public async Task<long> Pull20000Changes()
    {
        long cursor = 0;
        var total = 0;
        while (total < PulledChanges)
        {
            var page = await _db.Engine.PullAsync(_db.Identity, new PullRequest(SyncProtocol.Version, HubBenchDatabase.Node, cursor, 1_000), CancellationToken.None);
            total += page.Changes.Count;
            cursor = page.Cursor;
        }

        return cursor;
    }

    /// <summary>A full bootstrap of 100,000 entities, 10,000 per page.</summary>
    [Benchmark]
    public async Task<int> Bootstrap100000Entities()
    {
        string? after = null;
        var count = 0;
        BootstrapResponse page;
        do
        {
            page = await _db.Engine.BootstrapAsync(_db.Identity, new BootstrapRequest(SyncProtocol.Version, HubBenchDatabase.Node, after, 10_000), CancellationToken.None);
            count += page.Entities.Count;
            after = page.NextKey;
        }
        while (page.HasMore);

        return count;
    }
}
