using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Web;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Devices.Display;

public class WebCounterDisplayTests
{
    [Fact]
    public async Task Each_update_changes_the_state_and_raises_the_event_in_order()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.FromHours(7)));
        var display = new WebCounterDisplay(time);
        var seen = new List<CounterDisplayState>();
        display.Changed += (_, e) => seen.Add(e.State);

        await display.ShowIdleAsync(3, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await display.ShowCallAsync(new DisplayCall(" A012 ", 3), CancellationToken.None);
        await display.ClearAsync(CancellationToken.None);

        Assert.Equal([CounterDisplayScreen.Idle, CounterDisplayScreen.Call, CounterDisplayScreen.Blank], seen.Select(s => s.Screen));
        Assert.Equal([1L, 2L, 3L], seen.Select(s => s.Version));
        Assert.Equal("A012", seen[1].TicketNumber);
        Assert.Equal(3, seen[1].Counter);
        Assert.Equal(time.GetUtcNow(), seen[1].Since);
        Assert.Equal(seen[2], display.State);
    }

    [Fact]
    public async Task A_bad_call_leaves_the_state_unchanged()
    {
        var display = new WebCounterDisplay(new FakeTimeProvider());
        await display.ShowCallAsync(new DisplayCall("A1", 1), CancellationToken.None);
        var before = display.State;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => display.ShowCallAsync(new DisplayCall("", 1), CancellationToken.None));

        Assert.Equal(before, display.State);
    }
}
