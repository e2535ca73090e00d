using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Pole;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using CounterNode.Node.Tests.Devices.Transports;
using Microsoft.Extensions.Logging.Abstractions;
using CounterNode.Node.Devices.Display.Web;
using CounterNode.Node.Queue;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Rotation;

public class CounterDutyTests
{
    private static QueueCatalog Catalog(CounterDuty duty) => new(new QueueOptions
    {
        Services =
        [
            new QueueServiceOptions { Prefix = "C", Name = "Xây dựng", Counters = [3] },
            new QueueServiceOptions { Prefix = "D", Name = "Giao thông vận tải", Counters = [3] },
            new QueueServiceOptions { Prefix = "A", Name = "Tư pháp", Counters = [1] },
        ],
    })
    { Duty = duty };

    [Fact]
    public void The_counter_serves_only_the_services_on_duty_and_everything_when_unrestricted()
    {
        var duty = new CounterDuty();
        var catalog = Catalog(duty);
        Assert.Equal(["C", "D"], catalog.ServedBy(3).Select(s => s.Prefix));
        duty.Set(new CounterDutySnapshot(new HashSet<string> { "D" }, "SGTVT", "Sở Giao thông vận tải"));
        Assert.Equal(["D"], catalog.ServedBy(3).Select(s => s.Prefix));
        duty.Set(CounterDutySnapshot.Unrestricted);
        Assert.Equal(["C", "D"], catalog.ServedBy(3).Select(s => s.Prefix));
    }

    [Fact]
    public void The_pole_idle_screen_carries_the_department_folded_and_cut_to_the_line()
    {
        var layout = new PoleScreenLayout("Mời số", "Đến quầy", "Quầy {counter}", "Xin chào");
        var lines = layout.Idle(3, "Sở Giao thông vận tải");
        Assert.Equal(PoleLines.Width, lines.Lower.Length);
        Assert.Equal("So Giao thong van ta", lines.Lower.Trim());
        Assert.Equal(layout.Idle(3).Upper, lines.Upper);
        Assert.Equal(layout.Idle(3), layout.Idle(3, null));
    }

    [Fact]
    public async Task The_web_display_keeps_the_department_across_calls_and_idle_screens()
    {
        var display = new WebCounterDisplay(new FakeTimeProvider());
        ICounterDisplay asInterface = display;
        await asInterface.ShowDepartmentAsync(3, "Sở Xây dựng", CancellationToken.None);
        await display.ShowCallAsync(new DisplayCall("C001", 3), CancellationToken.None);
        Assert.Equal("Sở Xây dựng", display.State.Department);
        Assert.Equal("C001", display.State.TicketNumber);
        await display.ShowIdleAsync(3, CancellationToken.None);
        Assert.Equal("Sở Xây dựng", display.State.Department);
        await asInterface.ShowDepartmentAsync(3, null, CancellationToken.None);
        Assert.Null(display.State.Department);
    }

    [Fact]
    public async Task The_pole_display_redraws_its_idle_screen_with_the_department_but_never_over_a_call()
    {
        var transport = new CapturingTransport();
        var layout = new PoleScreenLayout("Mời số", "Đến quầy", "Quầy {counter}", "Xin kính chào");
        var dmd = new DmdProtocol();
        await using var display = new PoleDisplay(dmd, new DeviceConnection(transport), layout,
            new PoleBlinkSettings(TimeSpan.FromMilliseconds(500), 0), null, new FakeTimeProvider(), NullLogger<PoleDisplay>.Instance);
        await display.ShowIdleAsync(3, CancellationToken.None);
        transport.Reset();

        await display.ShowDepartmentAsync(3, "Sở Xây dựng", CancellationToken.None);
        Assert.Equal(dmd.WriteScreen(layout.Idle(3, "Sở Xây dựng")), transport.Bytes);

        await display.ShowCallAsync(new DisplayCall("C001", 3), CancellationToken.None);
        transport.Reset();
        await display.ShowDepartmentAsync(3, "Sở Giao thông vận tải", CancellationToken.None);
        Assert.Empty(transport.Bytes);
        await display.ShowIdleAsync(3, CancellationToken.None);
        Assert.Equal(dmd.WriteScreen(layout.Idle(3, "Sở Giao thông vận tải")), transport.Bytes);
    }
}
