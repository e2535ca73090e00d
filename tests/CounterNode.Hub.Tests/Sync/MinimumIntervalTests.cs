using CounterNode.Hub.Board;
using CounterNode.Hub.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>The spacing of work that follows commits (board publishes, calendar reads), with time driven by the test.</summary>
public sealed class MinimumIntervalTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_publish_and_one_after_a_quiet_spell_go_at_once()
    {
        var spacing = new MinimumInterval(TimeSpan.FromMilliseconds(100), _time);
        Assert.True(spacing.WaitTurnAsync(default).IsCompleted);

        spacing.Ran();
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(spacing.WaitTurnAsync(default).IsCompleted);
    }

    [Fact]
    public async Task A_publish_right_after_another_waits_for_the_rest_of_the_interval()
    {
        var spacing = new MinimumInterval(TimeSpan.FromMilliseconds(100), _time);
        spacing.Ran();
        _time.Advance(TimeSpan.FromMilliseconds(30));

        var turn = spacing.WaitTurnAsync(default);
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(69));
        Assert.False(turn.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Zero_interval_never_waits_and_a_cancelled_wait_ends()
    {
        var off = new MinimumInterval(TimeSpan.Zero, _time);
        off.Ran();
        Assert.True(off.WaitTurnAsync(default).IsCompleted);

        var spacing = new MinimumInterval(TimeSpan.FromSeconds(1), _time);
        spacing.Ran();
        using var stop = new CancellationTokenSource();
        var turn = spacing.WaitTurnAsync(stop.Token);
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
