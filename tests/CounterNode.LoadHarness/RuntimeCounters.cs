using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>
/// GC and thread-pool readings of this process, taken before and after the measured samples so
/// the run can say how much of its time went to collections and whether the pool was starved.
/// </summary>
internal sealed record RuntimeCounters(int Gen0, int Gen1, int Gen2, TimeSpan GcPause, long Allocated, long WorkItems, long LockContentions)
{
    public static RuntimeCounters Read() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(), ThreadPool.CompletedWorkItemCount, Monitor.LockContentionCount);

    /// <summary>One line describing what happened between <paramref name="before"/> and now.</summary>
    public static string Describe(RuntimeCounters before, TimeSpan elapsed)
    {
        var now = Read();
        var pause = now.GcPause - before.GcPause;
        return string.Create(CultureInfo.InvariantCulture,
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC ({System.Runtime.GCSettings.LatencyMode}): " +
            $"gen0 {now.Gen0 - before.Gen0} gen1 {now.Gen1 - before.Gen1} gen2 {now.Gen2 - before.Gen2}, " +
            $"paused {pause.TotalMilliseconds:F0} ms ({100 * pause / elapsed:F1} % of the run), allocated {(now.Allocated - before.Allocated) / 1048576.0:F0} MiB; " +
            $"thread pool {ThreadPool.ThreadCount} threads, {now.WorkItems - before.WorkItems} work items, {now.LockContentions - before.LockContentions} lock contentions");
    }
}
