using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using CounterNode.Node.Tests.Devices.Transports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Devices.Display;

/// <summary>The driver's byte sequence over time (blink start/stop, emulated blink), with a fake clock.</summary>
public class PoleDisplayTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly PoleScreenLayout Layout = new("Mời số", "Đến quầy", "Quầy {counter}", "Xin kính chào");

    private readonly FakeTimeProvider _time = new();
    private readonly CapturingTransport _transport = new();

    [Fact]
    public async Task DmD_call_is_initialise_screen_and_blink_then_blink_stops_after_its_duration()
    {
        var dmd = new DmdProtocol();
        await using var display = Create(dmd, blinks: 3);

        await display.ShowCallAsync(new DisplayCall("A012", 3), CancellationToken.None);

        var lines = Layout.Call(new DisplayCall("A012", 3));
        byte[] expected = [.. dmd.Initialize(null), .. dmd.WriteScreen(lines), 0x1F, 0x45, 10];
        Assert.Equal(expected, _transport.Bytes);
        Assert.False(display.BlinkCompletion.IsCompleted);

        _time.Advance(Interval * 6);
        await display.BlinkCompletion.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([.. expected, 0x1F, 0x45, 0x00], _transport.Bytes);
    }

    [Fact]
    public async Task A_newer_screen_ends_the_blink_first_and_no_late_stop_follows()
    {
        var dmd = new DmdProtocol();
        await using var display = Create(dmd, blinks: 3);
        await display.ShowCallAsync(new DisplayCall("A012", 3), CancellationToken.None);
        _transport.Reset();

        await display.ShowIdleAsync(3, CancellationToken.None);
        _time.Advance(Interval * 10);

        byte[] expected = [0x1F, 0x45, 0x00, .. dmd.WriteScreen(Layout.Idle(3))];
        Assert.Equal(expected, _transport.Bytes);
    }

    [Fact]
    public async Task CD5220_blinks_by_rewriting_blank_and_full_lines()
    {
        var cd = new Cd5220Protocol();
        await using var display = Create(cd, blinks: 2);
        var lines = Layout.Call(new DisplayCall("B7", 12));

        await display.ShowCallAsync(new DisplayCall("B7", 12), CancellationToken.None);
        while (!display.BlinkCompletion.IsCompleted)
        {
            // Each step fires the one pending delay; the next is armed right after the write.
            _time.Advance(Interval);
            await Task.WhenAny(display.BlinkCompletion, Task.Delay(5));
        }

        await display.BlinkCompletion;
        byte[] screen = cd.WriteScreen(lines);
        byte[] blank = cd.WriteScreen(PoleLines.Blank);
        Assert.Equal([.. screen, .. blank, .. screen, .. blank, .. screen], _transport.Bytes);
    }

    [Fact]
    public async Task A_number_that_does_not_fit_changes_nothing_on_the_display()
    {
        await using var display = Create(new DmdProtocol(), blinks: 3);

        await Assert.ThrowsAsync<DisplayTextOverflowException>(() => display.ShowCallAsync(new DisplayCall("A12345678901234567890", 3), CancellationToken.None));

        Assert.Empty(_transport.Bytes);
    }

    [Fact]
    public async Task Clear_is_sent_after_initialisation_once()
    {
        var dmd = new DmdProtocol();
        await using var display = Create(dmd, blinks: 0);

        await display.ClearAsync(CancellationToken.None);
        await display.ClearAsync(CancellationToken.None);

        Assert.Equal([.. dmd.Initialize(null), 0x0C, 0x0C], _transport.Bytes);
    }

    [Fact]
    public async Task Initialisation_is_repeated_until_it_has_reached_the_device()
    {
        var dmd = new DmdProtocol();
        await using var display = Create(dmd, blinks: 0);
        _transport.FailNextOpen = true;

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => display.ClearAsync(CancellationToken.None));
        await display.ClearAsync(CancellationToken.None);

        Assert.Equal([.. dmd.Initialize(null), 0x0C], _transport.Bytes);
    }

    private PoleDisplay Create(IPoleDisplayProtocol protocol, int blinks) => new(
        protocol,
        new DeviceConnection(_transport),
        Layout,
        new PoleBlinkSettings(Interval, blinks),
        brightness: null,
        _time,
        NullLogger<PoleDisplay>.Instance);
}
