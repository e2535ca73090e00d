using System.Diagnostics;
using System.Globalization;
using CounterNode.Hub.Configuration;

namespace CounterNode.Benchmarks.Sync;

/// <summary>
/// Hub ingest over time from a cold start: pushes a fresh batch again and again and prints the
/// median cost per mutation of every block of pushes, so the warm-up (tiered JIT, dynamic PGO,
/// the database's caches) and the steady state a long-running Hub sees are both visible.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --ingest-curve [sqlite|postgres] [batch 100] [pushes 2000]</c>
/// (PostgreSQL needs CN_TEST_POSTGRES).
/// </summary>
internal static class IngestCurve
{
    public const string Switch = "--ingest-curve";
    private const int Block = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 1 && args[1].StartsWith("p", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var pushes = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2000;
        if (batchSize is < 1 or > 500 || pushes < Block)
        {
            Console.Error.WriteLine($"Usage: {Switch} [sqlite|postgres] [batch 1..500] [pushes >= {Block}]");
            return 2;
        }

        using var db = new HubBenchDatabase(provider);
        Console.WriteLine($"Hub ingest from a cold start, {provider}, pushes of {batchSize}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var block = new List<double>(Block);
        var steady = new List<double>();
        for (var i = 1; i <= pushes; i++)
        {
            var batch = db.NextBatch(batchSize);
            var started = Stopwatch.GetTimestamp();
            await db.Engine.PushAsync(db.Identity, batch, CancellationToken.None);
            var perMutation = Stopwatch.GetElapsedTime(started).TotalMicroseconds / batchSize;
            block.Add(perMutation);
            if (i > pushes / 2)
                steady.Add(perMutation);
            if (block.Count == Block)
            {
                var median = Median(block);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pushes {i - Block + 1,5}–{i,-5} median {median,6:F1} µs/mutation = {1_000_000 / median,7:N0} mutations/s"));
                block.Clear();
            }
        }

        var last = Median(steady);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"second half ({steady.Count} pushes): median {last:F1} µs/mutation = {1_000_000 / last:N0} mutations/s; load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
