using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Storage;

public sealed class ClockPersistenceTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task The_clock_resumes_above_its_last_reading_even_when_the_wall_clock_was_set_back()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        long first;
        await using (var replica = _replicas.Open(time: time))
        {
            for (var i = 1; i <= 3; i++)
                await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);
            first = replica.Clock.Last.Value;
        }

        var setBack = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var reopened = _replicas.Open(time: setBack);
        Assert.True(reopened.Clock.Last.Value >= first);
        var next = await reopened.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 4), null, CancellationToken.None);
        Assert.True(next.Mutation.Hlc.Value > first, $"{next.Mutation.Hlc} must be after {first}");
    }

    [Fact]
    public async Task Readings_grow_strictly_across_mutations_within_one_millisecond()
    {
        await using var replica = _replicas.Open();
        long previous = 0;
        for (var i = 1; i <= 20; i++)
        {
            var m = (await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None)).Mutation;
            Assert.True(m.Hlc.Value > previous);
            previous = m.Hlc.Value;
        }
    }

    public void Dispose() => _replicas.Dispose();
}
