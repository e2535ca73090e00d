using BenchmarkDotNet.Attributes;
using CounterNode.Shared.Calendar;

namespace CounterNode.Benchmarks.Calendar;

/// <summary>
/// Return-date computations per second, with the full explanation (what a receipt prints).
/// A batch of 256 random receipts in 2025–2027 (all hours, processing 0–30 working days) runs
/// against a calendar whose years are already resolved, as in a running node; the mean is per
/// computation (OperationsPerInvoke). <see cref="AddWorkingDays"/> is the bare day arithmetic.
/// </summary>
[MemoryDiagnoser]
public class ReturnDateBenchmarks
{
    private const int Batch = 256;
    private readonly DateTimeOffset[] _received = new DateTimeOffset[Batch];
    private readonly int[] _days = new int[Batch];
    private ReturnDateCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions
        {
            DaysOff = [new AdministrativeDayOff(new DateOnly(2026, 4, 28), "Nghỉ hoán đổi")],
            MakeUpWorkingDays = [new MakeUpWorkingDay(new DateOnly(2026, 4, 25))],
        });
        _calculator = new ReturnDateCalculator(calendar);
        var random = new Random(20260202);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < Batch; i++)
        {
            _received[i] = start.AddMinutes(random.Next(3 * 365 * 24 * 60));
            _days[i] = random.Next(31);
        }

        // Resolve the years once, as a long-running node would have.
        for (var year = 2025; year <= 2028; year++)
        {
            calendar.GetHolidays(year);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CalculateReturnDate()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _calculator.Calculate(_received[i], _days[i]).ReturnDay.Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AddWorkingDays()
    {
        var calendar = _calculator.Calendar;
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += calendar.AddWorkingDays(DateOnly.FromDateTime(_received[i].DateTime), _days[i]).Day;
        }

        return sum;
    }
}
