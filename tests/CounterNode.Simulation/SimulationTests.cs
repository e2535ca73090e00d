using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace CounterNode.Simulation;

/// <summary>
/// Runs the deterministic simulation over many seeds (<c>CN_SIM_SEEDS</c>, default 1000) or
/// replays one (<c>CN_SIM_SEED=1234</c>). A failure names its seed and how to replay it.
/// </summary>
public sealed class SimulationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_seed_converges_with_every_invariant_holding()
    {
        var settings = new SimulationSettings();
        var seeds = SimulationSettings.ReplaySeed is { } one ? [one] : Enumerable.Range(1, SimulationSettings.SeedCount).ToArray();
        var failures = new ConcurrentBag<(int Seed, Exception Error)>();
        var summaries = new ConcurrentBag<SimulationSummary>();
        await Parallel.ForEachAsync(seeds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (seed, ct) =>
        {
            try
            {
                summaries.Add(await SimulationRun.RunAsync(seed, settings, ct));
            }
#pragma warning disable CA1031 // Every failure is collected and reported with its seed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add((seed, ex));
            }
        });

        var all = summaries.ToList();
        output.WriteLine($"{all.Count} seeds passed: {all.Sum(s => s.Mutations)} mutations, {all.Sum(s => s.Rejected)} rejected, " +
                         $"{all.Sum(s => s.Conflicts)} conflicts, {all.Sum(s => s.Crashes)} node crashes, {all.Sum(s => s.HubRestarts)} hub restarts, " +
                         $"{all.Sum(s => s.Resets)} resets, {all.Sum(s => s.LostOrDelayed)} messages lost or delayed");
        if (!failures.IsEmpty)
        {
            var first = failures.OrderBy(f => f.Seed).First();
            Assert.Fail($"{failures.Count} of {seeds.Length} seeds failed; first: seed {first.Seed} — replay with CN_SIM_SEED={first.Seed}\n{first.Error}");
        }

        // The faults must really have happened, or the run proves nothing.
        Assert.True(all.Sum(s => s.LostOrDelayed) > 0, "no message was ever lost or delayed");
        if (seeds.Length >= 50)
        {
            Assert.True(all.Sum(s => s.Crashes) > 0, "no node ever crashed");
            Assert.True(all.Sum(s => s.HubRestarts) > 0, "the Hub never restarted");
            Assert.True(all.Sum(s => s.Conflicts) > 0, "no conflict ever arose");
            Assert.True(all.Sum(s => s.Resets) > 0, "no node ever had to bootstrap after compaction");
        }
    }

    [Fact]
    public async Task A_seed_replays_to_the_same_outcome()
    {
        var settings = new SimulationSettings { Nodes = 6, Steps = 30 };
        var first = await SimulationRun.RunAsync(4242, settings, CancellationToken.None);
        var second = await SimulationRun.RunAsync(4242, settings, CancellationToken.None);
        Assert.Equal(first, second);
        Assert.True(first.Mutations > 0);
    }
}
