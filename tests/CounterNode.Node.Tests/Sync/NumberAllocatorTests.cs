using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CsCheck;

namespace CounterNode.Node.Tests.Sync;

public sealed class NumberAllocatorTests : IDisposable
{
    private static readonly NumberSeries Series = new(NumberSeriesKind.Ticket, "A", TestReplicas.Day);
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task Online_the_hub_assigns_the_number()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var numbers = new NumberAllocator(replica, hub.For("counter-01"), Settings(background: false), _replicas.Time);

        var first = await numbers.AllocateAsync(Series, CancellationToken.None);
        var second = await numbers.AllocateAsync(Series, CancellationToken.None);

        Assert.Equal((1, NumberSource.Hub), (first.Number, first.Source));
        Assert.Equal((2, NumberSource.Hub), (second.Number, second.Source));
    }

    [Fact]
    public async Task When_the_hub_does_not_answer_by_the_deadline_the_reserve_is_used_and_the_late_number_never()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        var transport = new ScriptedNumberTransport(hub.For("counter-01"));
        using var numbers = new NumberAllocator(replica, transport, Settings(background: false), _replicas.Time);
        Assert.Equal(5, await numbers.EnsureReserveAsync(Series, CancellationToken.None));
        transport.Mode = NumberMode.Hang;

        var allocation = numbers.AllocateAsync(Series, CancellationToken.None);
        Assert.False(allocation.IsCompleted);
        _replicas.Time.Advance(TimeSpan.FromMilliseconds(600));
        var number = await allocation.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(NumberSource.Reserve, number.Source);
        Assert.InRange(number.Number, 1, 5);
        // The Hub handed out 6 to the hanging request: it is counted as used there and never printed here.
        Assert.Contains((Series, 6), hub.NumbersGiven);
        Assert.NotEqual(6, number.Number);
        Assert.Equal(4, await replica.GetReserveRemainingAsync(Series, CancellationToken.None));
    }

    [Fact]
    public async Task Offline_without_reserve_allocation_fails_clearly_and_records_nothing()
    {
        var hub = new InMemoryHub { Online = false };
        await using var replica = _replicas.Open();
        using var numbers = new NumberAllocator(replica, hub.For("counter-01"), Settings(background: false), _replicas.Time);

        var error = await Assert.ThrowsAsync<ReserveExhaustedException>(() => numbers.AllocateAsync(Series, CancellationToken.None));

        Assert.Equal("numbers.reserve-exhausted", error.Code);
        Assert.Contains("dự phòng", error.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal(Series, error.Series);
        Assert.Equal(0, await replica.GetReserveRemainingAsync(Series, CancellationToken.None));
    }

    [Fact]
    public async Task The_reserve_is_topped_up_in_the_background_when_running_low()
    {
        var hub = new InMemoryHub();
        await using var replica = _replicas.Open();
        using var numbers = new NumberAllocator(replica, hub.For("counter-01"), Settings(background: true), _replicas.Time);

        await numbers.AllocateAsync(Series, CancellationToken.None);
        await numbers.WhenIdleAsync();

        Assert.Equal(5, await replica.GetReserveRemainingAsync(Series, CancellationToken.None));
        hub.Online = false;
        for (var i = 0; i < 5; i++)
            Assert.Equal(NumberSource.Reserve, (await numbers.AllocateAsync(Series, CancellationToken.None)).Source);
        await numbers.WhenIdleAsync();
        await Assert.ThrowsAsync<ReserveExhaustedException>(() => numbers.AllocateAsync(Series, CancellationToken.None));
    }

    [Fact]
    public void Printed_numbers_are_unique_across_nodes_in_every_failure_schedule()
    {
        var step = Gen.Select(Gen.Int[0, 1], Gen.Enum<NumberMode>(), Gen.Bool);
        step.Array[1, 40].Sample(schedule =>
        {
            using var replicas = new TestReplicas();
            var hub = new InMemoryHub();
            using var a = replicas.Open("counter-01");
            using var b = replicas.Open("counter-02");
            var transports = new[] { new ScriptedNumberTransport(hub.For("counter-01")), new ScriptedNumberTransport(hub.For("counter-02")) };
            using var numbersA = new NumberAllocator(a, transports[0], Settings(background: false), replicas.Time);
            using var numbersB = new NumberAllocator(b, transports[1], Settings(background: false), replicas.Time);
            var allocators = new[] { numbersA, numbersB };
            var printed = new List<int>();
            foreach (var (node, mode, lease) in schedule)
            {
                transports[node].Mode = mode == NumberMode.Hang ? NumberMode.LateAnswer : mode;
                try
                {
                    if (lease)
                        allocators[node].EnsureReserveAsync(Series, CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (HubUnreachableException)
                {
                    // Offline: no lease this time.
                }

                try
                {
                    printed.Add(allocators[node].AllocateAsync(Series, CancellationToken.None).GetAwaiter().GetResult().Number);
                }
                catch (ReserveExhaustedException)
                {
                    // Nothing printed: allowed.
                }
            }

            return printed.Count == printed.Distinct().Count();
        }, iter: 30, threads: 1);
    }

    private static NumberAllocatorSettings Settings(bool background) =>
        new(TimeSpan.FromMilliseconds(500), ReserveBlockSize: 5, ReserveLowWater: 2, TopUpInBackground: background);

    public void Dispose() => _replicas.Dispose();
}
