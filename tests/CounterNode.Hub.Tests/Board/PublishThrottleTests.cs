using CounterNode.Hub.Board;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Board;

/// <summary>The board's publish spacing, with time driven by the test.</summary>
public sealed class PublishThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_publish_and_one_after_a_quiet_spell_go_at_once()
    {
        var throttle = new PublishThrottle(TimeSpan.FromMilliseconds(100), _time);
        Assert.True(throttle.WaitTurnAsync(default).IsCompleted);

        throttle.Published();
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(throttle.WaitTurnAsync(default).IsCompleted);
    }

    [Fact]
    public async Task A_publish_right_after_another_waits_for_the_rest_of_the_interval()
    {
        var throttle = new PublishThrottle(TimeSpan.FromMilliseconds(100), _time);
        throttle.Published();
        _time.Advance(TimeSpan.FromMilliseconds(30));

        var turn = throttle.WaitTurnAsync(default);
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(69));
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Zero_interval_never_waits_and_a_cancelled_wait_ends()
    {
        var off = new PublishThrottle(TimeSpan.Zero, _time);
        off.Published();
        Assert.True(off.WaitTurnAsync(default).IsCompleted);

        var throttle = new PublishThrottle(TimeSpan.FromSeconds(1), _time);
        throttle.Published();
        using var stop = new CancellationTokenSource();
        var turn = throttle.WaitTurnAsync(stop.Token);
        stop.Cancel();
        Assert.True(turn.IsCanceled);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5001)]
    public void A_min_publish_interval_out_of_range_is_refused_at_start(int milliseconds)
    {
        var options = new BoardOptions { MinPublishInterval = TimeSpan.FromMilliseconds(milliseconds) };
        var result = new BoardOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("Hub:Board:MinPublishInterval", result.FailureMessage, StringComparison.Ordinal);
    }
}
