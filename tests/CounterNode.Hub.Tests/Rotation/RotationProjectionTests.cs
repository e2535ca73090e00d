using CounterNode.Hub.Board;
using CounterNode.Hub.Officers;
using CounterNode.Shared.Calendar;

namespace CounterNode.Hub.Tests.Rotation;

public class RotationProjectionTests
{
    private static readonly DateTimeOffset MondayMorning = RotationStates.Local(RotationStates.Monday, 9);

    [Fact]
    public void The_board_shows_who_staffs_each_shared_counter_now_and_next()
    {
        var view = RotationProjection.Project(new RotationStates().StandardWeek().Build(), WorkingCalendar.Default, MondayMorning);
        var counter = Assert.Single(view.Counters);
        Assert.Equal(3, counter.Counter);
        Assert.Equal("Nguyễn Văn Xây", counter.Now.Officer);
        Assert.Equal("Sở Xây dựng", counter.Now.DepartmentName);
        Assert.StartsWith("Sáng 30/11/2026", counter.Now.HalfDay, StringComparison.Ordinal);
        Assert.Equal("Chiều 30/11/2026", counter.Next.HalfDay);
        Assert.Empty(view.Absences);
        Assert.DoesNotContain(view.Gaps, g => g.Date < RotationStates.Monday.AddDays(5)); // the standard week covers Monday-Friday
    }

    [Fact]
    public void An_absent_officer_without_reserve_is_a_gap_with_the_late_flag_on_the_absence()
    {
        var view = RotationProjection.Project(
            new RotationStates().StandardWeek().Absent("v1", "xd1", "SXD", RotationStates.Monday, late: true).Build(), WorkingCalendar.Default, MondayMorning);
        var counter = Assert.Single(view.Counters);
        Assert.True(counter.Now.IsGap);
        Assert.Null(counter.Now.Officer);
        Assert.Equal("absent", counter.Now.Status);
        var absence = Assert.Single(view.Absences);
        Assert.True(absence.Late);
        Assert.Equal("Nguyễn Văn Xây", absence.Officer);
        Assert.Equal(["Sáng 30/11/2026", "Chiều 30/11/2026"], view.Gaps.Where(g => g.Kind == "absent").Select(g => g.HalfDay));
    }

    [Fact]
    public void A_reserve_closes_the_gap_and_is_named()
    {
        var view = RotationProjection.Project(
            new RotationStates().StandardWeek().Absent("v1", "xd1", "SXD", RotationStates.Monday, reserve: "xd2").Build(), WorkingCalendar.Default, MondayMorning);
        var counter = Assert.Single(view.Counters);
        Assert.False(counter.Now.IsGap);
        Assert.Equal("Phạm Thị Dựng", counter.Now.Officer);
        Assert.Equal("reserve", counter.Now.Status);
        Assert.DoesNotContain(view.Gaps, g => g.Kind == "absent");
    }

    [Fact]
    public void The_public_officer_list_honours_rotation_absences_and_reserves_and_discloses_no_reason()
    {
        var state = new RotationStates().StandardWeek().Absent("v1", "xd1", "SXD", RotationStates.Monday, reserve: "xd2").Build();
        var duty = OfficersOnDutyProjection.Project(state, WorkingCalendar.Default, MondayMorning);
        Assert.True(duty.IsToday);
        Assert.Equal(["Lê Văn Pháp", "Phạm Thị Dựng"], duty.Officers.Select(o => o.Name));
        var reserve = duty.Officers.Single(o => o.Name == "Phạm Thị Dựng");
        Assert.True(reserve.Reserve);
        Assert.Equal("Quầy 3 (cả ngày)", reserve.Counters);
        Assert.Equal("Xây dựng", reserve.Field);
        Assert.Equal("Sở Xây dựng", reserve.Department);
        Assert.False(string.IsNullOrEmpty(reserve.Phone));
        // RULES 10 discloses name, title, field and phone: the view has no place for an absence reason.
        Assert.DoesNotContain(typeof(OfficerOnDutyView).GetProperties(), p => p.Name.Contains("Reason", StringComparison.Ordinal));

        var tuesday = OfficersOnDutyProjection.Project(state, WorkingCalendar.Default, RotationStates.Local(RotationStates.Monday.AddDays(1), 9));
        Assert.Equal(["Lê Văn Pháp", "Trần Thị Giao"], tuesday.Officers.Select(o => o.Name));
    }

    [Fact]
    public void On_a_day_off_the_list_shows_the_next_working_day()
    {
        var saturday = RotationStates.Local(new DateOnly(2026, 11, 28), 9);
        var duty = OfficersOnDutyProjection.Project(new RotationStates().StandardWeek().Build(), WorkingCalendar.Default, saturday);
        Assert.False(duty.IsToday);
        Assert.Equal(RotationStates.Monday, duty.Date);
        Assert.Contains(duty.Officers, o => o.Name == "Nguyễn Văn Xây");
    }
}
