using CounterNode.Node.Catalogue;
using CounterNode.Node.Queue;
using CounterNode.Node.Tests.Catalogue;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Calendar;

/// <summary>The node's current working calendar over a real replica: defaults, then every synced change of the center or the overrides.</summary>
public sealed class NodeWorkingCalendarTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);

    [Fact]
    public async Task Defaults_until_the_catalogue_arrives_then_follows_every_change_of_the_overrides()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var logger = new RecordingLogger<NodeWorkingCalendar>();
        var source = new NodeWorkingCalendar(r.Catalogue, logger);

        Assert.Same(source.Current, source.Current); // built once per catalogue, not per call
        Assert.Equal(WorkingCalendarOptions.Default.Sessions, source.Current.Sessions);
        Assert.True(source.Current.IsWorkingDay(Friday));

        await r.PutAsync(CatalogueEntityTypes.CalendarYear, "2026", new CalendarYearEntity(2026, [new AdministrativeDayOff(Friday, "Nghỉ hoán đổi")]));
        await r.WaitForAsync(c => c.CalendarYears.Count == 1);
        Assert.Equal("Nghỉ hoán đổi", source.Current.DescribeDay(Friday).Vietnamese);

        await r.SeedBasicsAsync(); // the center's hours 07:00–08:00, cut-off 07:30
        await r.WaitForAsync(c => c.Center is not null);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(7, 30)), (source.Current.EndOfWorkingDay, source.Current.CutOff));
        Assert.False(source.Current.IsWorkingDay(Friday));

        await r.RemoveAsync(CatalogueEntityTypes.CalendarYear, "2026");
        await r.WaitForAsync(c => c.CalendarYears.Count == 0);
        Assert.True(source.Current.IsWorkingDay(Friday));
        Assert.Empty(logger.Lines);
    }

    [Fact]
    public async Task A_center_whose_cut_off_is_outside_its_hours_falls_back_to_the_regulation_hours_and_says_so_once()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var logger = new RecordingLogger<NodeWorkingCalendar>();
        var source = new NodeWorkingCalendar(r.Catalogue, logger);

        await r.PutAsync(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, new CenterEntity(
            "Trung tâm", "000.00.00.H34", [new WorkingPeriod("07:00", "11:00")], "18:00", []));
        await r.WaitForAsync(c => c.Center is not null);

        Assert.Equal(WorkingCalendar.Default.CutOff, source.Current.CutOff);
        Assert.Equal(WorkingCalendar.Default.Sessions, source.Current.Sessions);
        var logged = logger.Lines.Count;
        Assert.Contains(logger.Lines, l => l.Contains("cut-off 18:00 is outside the working hours", StringComparison.Ordinal));
        _ = source.Current;
        Assert.Equal(logged, logger.Lines.Count); // once per catalogue, not per use
    }

    [Fact]
    public async Task The_queue_clock_refuses_tickets_on_a_synced_day_off_with_its_reason()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)); // Friday 09:00 local
        var clock = new QueueClock(time, new NodeWorkingCalendar(r.Catalogue, new RecordingLogger<NodeWorkingCalendar>()));
        clock.EnsureOpen();

        await r.PutAsync(CatalogueEntityTypes.CalendarYear, "2026", new CalendarYearEntity(2026, [new AdministrativeDayOff(Friday, "Nghỉ hoán đổi theo Thông báo 12")]));
        await r.WaitForAsync(c => c.CalendarYears.Count == 1);

        var closed = Assert.Throws<CenterClosedTodayException>(clock.EnsureOpen);
        Assert.Equal("Hôm nay Thứ Sáu 27/11/2026 Trung tâm nghỉ: Nghỉ hoán đổi theo Thông báo 12. Không cấp số thứ tự.", closed.DisplayMessage);
        Assert.Equal(DayStatus.AdministrativeDayOff, closed.Day.Status);

        // Saturday is still "outside working hours", not "closed today".
        time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero));
        Assert.Throws<OutsideWorkingHoursException>(clock.EnsureOpen);
    }
}
