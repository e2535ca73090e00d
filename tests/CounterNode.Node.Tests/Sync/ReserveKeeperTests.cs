using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Sync;

public sealed class ReserveKeeperTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    [Fact]
    public async Task Every_named_series_is_topped_up_and_one_unreachable_series_does_not_stop_the_others()
    {
        var allocator = new RecordingAllocator(failKey: "B");
        var keeper = Keeper(allocator,
            new FixedSource(new NumberSeries(NumberSeriesKind.Ticket, "A", Day), new NumberSeries(NumberSeriesKind.Ticket, "B", Day)),
            new FixedSource(new NumberSeries(NumberSeriesKind.Dossier, "000.00.00.H34", Day)));

        var failed = await keeper.EnsureAsync(CancellationToken.None);

        Assert.Equal(1, failed);
        Assert.Equal(["A", "B", "000.00.00.H34"], allocator.Asked.Select(s => s.Key));
    }

    [Fact]
    public async Task The_keeper_leases_at_start_and_again_after_the_interval_driven_by_the_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
        var allocator = new RecordingAllocator(failKey: null);
        var keeper = Keeper(allocator, new FixedSource(new NumberSeries(NumberSeriesKind.Ticket, "A", Day)), time: time);

        await keeper.StartAsync(CancellationToken.None);
        await WaitForAsync(() => allocator.Asked.Count == 1);
        time.Advance(TimeSpan.FromMinutes(2));
        await WaitForAsync(() => allocator.Asked.Count == 2);
        await keeper.StopAsync(CancellationToken.None);

        Assert.All(allocator.Asked, s => Assert.Equal("A", s.Key));
    }

    private static ReserveKeeper Keeper(INumberAllocator allocator, IReserveSeriesSource first, IReserveSeriesSource? second = null, TimeProvider? time = null) =>
        new(second is null ? [first] : [first, second], allocator, time ?? TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new NodeSyncOptions()), NullLogger<ReserveKeeper>.Instance);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }

    private sealed class FixedSource(params NumberSeries[] series) : IReserveSeriesSource
    {
        public ValueTask<IReadOnlyList<NumberSeries>> SeriesAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<NumberSeries>>(series);
    }

    private sealed class RecordingAllocator(string? failKey) : INumberAllocator
    {
        private readonly List<NumberSeries> _asked = [];

        public IReadOnlyList<NumberSeries> Asked
        {
            get
            {
                lock (_asked)
                    return [.. _asked];
            }
        }

        public Task<AllocatedNumber> AllocateAsync(NumberSeries series, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> EnsureReserveAsync(NumberSeries series, CancellationToken cancellationToken)
        {
            lock (_asked)
                _asked.Add(series);
            return series.Key == failKey
                ? Task.FromException<int>(new HubUnreachableException("reserve", "connection refused"))
                : Task.FromResult(50);
        }
    }
}
