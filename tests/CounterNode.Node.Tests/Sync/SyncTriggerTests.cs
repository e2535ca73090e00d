using CounterNode.Node.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Sync;

/// <summary>The coalescing signal: what it remembers between rounds, and when a round would change nothing.</summary>
public sealed class SyncTriggerTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Pokes_coalesce_to_their_highest_version_and_a_take_forgets_them()
    {
        var trigger = new SyncTrigger();
        trigger.RequestPull(7);
        trigger.RequestPull(12);
        trigger.RequestPull(9);

        Assert.True(await trigger.WaitAsync(TimeSpan.FromSeconds(5), _time, CancellationToken.None));
        Assert.Equal(new SyncRequest(false, 12), trigger.Take());
        Assert.Equal(new SyncRequest(false, 0), trigger.Take());
    }

    [Fact]
    public async Task A_full_request_stays_full_whatever_pokes_came_with_it()
    {
        var trigger = new SyncTrigger();
        trigger.RequestPull(3);
        trigger.Request();

        Assert.True(await trigger.WaitAsync(TimeSpan.FromSeconds(5), _time, CancellationToken.None));
        var request = trigger.Take();
        Assert.True(request.Full);
        Assert.False(request.IsSatisfiedBy(cursor: 100, pending: 0));
    }

    [Fact]
    public async Task Without_a_request_the_wait_ends_on_the_timer()
    {
        var trigger = new SyncTrigger();
        var wait = trigger.WaitAsync(TimeSpan.FromSeconds(5), _time, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(await wait);
    }

    [Theory]
    [InlineData(10, 10, 0, true)]   // the poke's commit is held
    [InlineData(10, 11, 0, true)]   // and more
    [InlineData(10, 9, 0, false)]   // behind: pull
    [InlineData(10, 10, 1, false)]  // something to push
    [InlineData(0, 0, 0, true)]     // a signal whose request an earlier round took
    public void A_poke_request_is_satisfied_only_by_a_cursor_at_its_version_and_an_empty_outbox(long poked, long cursor, int pending, bool satisfied) =>
        Assert.Equal(satisfied, new SyncRequest(false, poked).IsSatisfiedBy(cursor, pending));
}
