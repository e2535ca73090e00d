using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Tests.Calendar;

public class WorkingCalendarOptionsTests
{
    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    private static InvalidCalendarOptionsException Refused(WorkingCalendarOptions options)
    {
        var ex = Assert.Throws<InvalidCalendarOptionsException>(() => new WorkingCalendar(options));
        Assert.Equal("calendar.invalid-options", ex.Code);
        Assert.NotEmpty(ex.Problems);
        return ex;
    }

    [Fact]
    public void The_defaults_are_the_centers_regulation_and_are_valid()
    {
        var options = WorkingCalendarOptions.Default;
        Assert.Empty(options.FindProblems());
        Assert.Equal([new WorkingSession(T(7), T(11)), new WorkingSession(T(13), T(17))], options.Sessions);
        Assert.Equal(T(16), options.CutOff);
        Assert.Equal(T(16), options.DefaultReturnTime);
        Assert.Equal(TimeSpan.FromHours(7), options.UtcOffset);
    }

    [Fact]
    public void Overlapping_sessions_are_refused()
    {
        var ex = Refused(new WorkingCalendarOptions { Sessions = [new(T(7), T(11)), new(T(10), T(17))] });
        Assert.Contains("session 2 (10:00–17:00) overlaps or precedes session 1 (07:00–11:00)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("trùng hoặc đứng trước", ex.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_ending_before_it_starts_and_no_sessions_are_refused()
    {
        Assert.Contains("must start before it ends", Refused(new WorkingCalendarOptions { Sessions = [new(T(11), T(7))], CutOff = T(7), DefaultReturnTime = T(7) }).Message, StringComparison.Ordinal);
        Assert.Contains("at least one working session", Refused(new WorkingCalendarOptions { Sessions = [] }).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(18, 0)]
    [InlineData(12, 0)]
    [InlineData(6, 30)]
    public void A_cut_off_outside_the_working_hours_is_refused(int hour, int minute)
    {
        var ex = Refused(new WorkingCalendarOptions { CutOff = T(hour, minute) });
        Assert.Contains($"the cut-off {hour:D2}:{minute:D2} is outside the working hours (07:00–11:00, 13:00–17:00)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("giờ chốt nhận hồ sơ", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.Single(ex.Problems);
    }

    [Fact]
    public void A_return_time_outside_the_working_hours_is_refused_and_end_of_morning_is_accepted()
    {
        Assert.Contains("the return time 12:00 is outside", Refused(new WorkingCalendarOptions { DefaultReturnTime = T(12) }).Message, StringComparison.Ordinal);
        Assert.Empty(new WorkingCalendarOptions { DefaultReturnTime = T(11) }.FindProblems());
    }

    [Fact]
    public void Bad_offsets_are_refused() =>
        Assert.Contains("UTC offset", Refused(new WorkingCalendarOptions { UtcOffset = TimeSpan.FromHours(15) }).Message, StringComparison.Ordinal);

    [Fact]
    public void Conflicting_or_meaningless_overrides_are_refused()
    {
        var monday = new DateOnly(2026, 3, 2);
        Assert.Contains("is already a working day", Refused(new WorkingCalendarOptions { MakeUpWorkingDays = [new(monday)] }).Message, StringComparison.Ordinal);
        Assert.Contains("needs a reason", Refused(new WorkingCalendarOptions { DaysOff = [new(monday, " ")] }).Message, StringComparison.Ordinal);
        Assert.Contains(
            "both as a day off and as a make-up working day",
            Refused(new WorkingCalendarOptions { DaysOff = [new(new DateOnly(2026, 3, 7), "x")], MakeUpWorkingDays = [new(new DateOnly(2026, 3, 7))] }).Message,
            StringComparison.Ordinal);
        Assert.Contains("entered twice", Refused(new WorkingCalendarOptions { DaysOff = [new(monday, "a"), new(monday, "b")] }).Message, StringComparison.Ordinal);
        Assert.Contains("must be 1 or 3 September", Refused(new WorkingCalendarOptions { NationalDayAdjacentDays = [new DateOnly(2026, 9, 4)] }).Message, StringComparison.Ordinal);
        Assert.Contains(
            "more than 20 days from Lunar New Year (17/02/2026)",
            Refused(new WorkingCalendarOptions { LunarNewYearDays = [new(2026, [new DateOnly(2026, 4, 1)])] }).Message,
            StringComparison.Ordinal);
        Assert.Contains("no day listed", Refused(new WorkingCalendarOptions { LunarNewYearDays = [new(2026, [])] }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_day_may_be_a_holiday_or_a_weekend()
    {
        Assert.Empty(new WorkingCalendarOptions { MakeUpWorkingDays = [new(new DateOnly(2026, 3, 7))] }.FindProblems());
        Assert.Empty(new WorkingCalendarOptions { MakeUpWorkingDays = [new(new DateOnly(2026, 4, 27))] }.FindProblems());
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var ex = Refused(new WorkingCalendarOptions
        {
            Sessions = [new(T(7), T(11)), new(T(10), T(17))],
            CutOff = T(18),
            UtcOffset = TimeSpan.FromMinutes(7 * 60 + 0.5),
        });
        Assert.Equal(3, ex.Problems.Count);
        Assert.StartsWith("Invalid working calendar options: ", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cấu hình lịch làm việc không hợp lệ: ", ex.DisplayMessage, StringComparison.Ordinal);
    }
}
