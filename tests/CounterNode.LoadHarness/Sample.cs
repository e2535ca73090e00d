using System.Diagnostics;

namespace CounterNode.LoadHarness;

/// <summary>
/// Timestamps of one A→B sample (<see cref="Stopwatch"/> ticks), numbered from the first warm-up sample: start, A's local commit done,
/// the poke carrying the change reaching B (0 when none carried it), the change announced on B.
/// </summary>
internal readonly record struct Sample(int Index, long Start, long Committed, long Poked, long Applied)
{
    public double Total => Stopwatch.GetElapsedTime(Start, Applied).TotalMilliseconds;

    public double Local => Stopwatch.GetElapsedTime(Start, Committed).TotalMilliseconds;

    public double Delivery => Stopwatch.GetElapsedTime(Committed, Poked).TotalMilliseconds;

    public double Apply => Stopwatch.GetElapsedTime(Poked, Applied).TotalMilliseconds;
}
