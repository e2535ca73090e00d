using BenchmarkDotNet.Attributes;
using CounterNode.Shared.Calendar;

namespace CounterNode.Benchmarks.Calendar;

/// <summary>
/// Lunar conversions per second. Each benchmark converts a batch of 1,024 random dates spread
/// over 1900–2199, so the numbers reflect table look-ups across the whole range rather than one
/// hot cache line; the mean is per conversion (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class LunarCalendarBenchmarks
{
    private const int Batch = 1024;
    private readonly DateOnly[] _solar = new DateOnly[Batch];
    private readonly LunarDate[] _lunar = new LunarDate[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260217);
        var span = LunarCalendar.MaxSupportedDate.DayNumber - LunarCalendar.MinSupportedDate.DayNumber;
        for (var i = 0; i < Batch; i++)
        {
            _solar[i] = LunarCalendar.MinSupportedDate.AddDays(random.Next(span));
            _lunar[i] = LunarCalendar.ToLunar(_solar[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int SolarToLunar()
    {
        var sum = 0;
        foreach (var day in _solar)
        {
            sum += LunarCalendar.ToLunar(day).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int LunarToSolar()
    {
        var sum = 0;
        foreach (var lunar in _lunar)
        {
            sum += LunarCalendar.ToSolar(lunar).Day;
        }

        return sum;
    }
}
