using CounterNode.Shared.Queue;
using CsCheck;

namespace CounterNode.Shared.Tests.Queue;

public sealed class WaitEstimatorTests
{
    private static readonly TimeSpan Fallback = TimeSpan.FromMinutes(5);

    [Fact]
    public void Nobody_ahead_means_no_wait()
    {
        Assert.Equal(TimeSpan.Zero, WaitEstimator.Estimate(0, [TimeSpan.FromMinutes(9)], 1, Fallback));
    }

    [Fact]
    public void Without_history_the_fallback_service_time_is_used_per_round_of_counters()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), WaitEstimator.Estimate(3, [], 1, Fallback));
        Assert.Equal(TimeSpan.FromMinutes(10), WaitEstimator.Estimate(3, [], 2, Fallback));
    }

    [Fact]
    public void The_median_of_recent_service_times_resists_one_very_long_service()
    {
        TimeSpan[] times = [TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(90)];
        Assert.Equal(TimeSpan.FromMinutes(12), WaitEstimator.Estimate(2, times, 1, Fallback));
    }

    [Fact]
    public void Only_the_last_sample_size_services_count()
    {
        var old = Enumerable.Repeat(TimeSpan.FromMinutes(60), 50);
        var recent = Enumerable.Repeat(TimeSpan.FromMinutes(3), WaitEstimator.SampleSize);
        Assert.Equal(TimeSpan.FromMinutes(3), WaitEstimator.Estimate(1, [.. old, .. recent], 1, Fallback));
    }

    [Fact]
    public void More_people_ahead_never_means_a_shorter_wait()
    {
        Gen.Select(Gen.Int[0, 200], Gen.Int[1, 30].Select(m => TimeSpan.FromMinutes(m)).Array[0, 30], Gen.Int[1, 5])
            .Sample((ahead, times, counters) =>
                WaitEstimator.Estimate(ahead, times, counters, Fallback) <= WaitEstimator.Estimate(ahead + 1, times, counters, Fallback));
    }

    [Fact]
    public void People_ahead_counts_earlier_tickets_of_the_same_service_only()
    {
        var mine = new WaitingTicket(Guid.CreateVersion7(), "A", 5, 50, false);
        WaitingTicket[] waiting =
        [
            new(Guid.CreateVersion7(), "A", 3, 30, false),
            new(Guid.CreateVersion7(), "A", 4, 40, true),
            new(Guid.CreateVersion7(), "B", 1, 10, false),
            new(Guid.CreateVersion7(), "A", 6, 60, false),
            mine,
        ];
        Assert.Equal(2, WaitEstimator.PeopleAhead(mine, waiting));
    }
}
