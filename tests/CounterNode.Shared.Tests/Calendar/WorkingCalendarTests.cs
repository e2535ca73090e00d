using CounterNode.Shared.Calendar;
using CsCheck;

namespace CounterNode.Shared.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Weekdays_are_worked_weekends_and_holidays_are_not_and_each_day_off_says_why()
    {
        Assert.True(Calendar.IsWorkingDay(D(2026, 2, 2)));
        Assert.False(Calendar.IsWorkingDay(D(2026, 2, 7)));

        var sunday = Calendar.DescribeDay(D(2026, 2, 8));
        Assert.Equal(DayStatus.Weekend, sunday.Status);
        Assert.Equal("Chủ nhật", sunday.Vietnamese);

        var tet = Calendar.DescribeDay(D(2026, 2, 17));
        Assert.Equal((DayStatus.PublicHoliday, "Tết Nguyên đán", HolidayKind.LunarNewYear), (tet.Status, tet.Vietnamese, tet.Holiday));
        Assert.False(tet.IsWorkingDay);

        var working = Calendar.DescribeDay(D(2026, 2, 2));
        Assert.Equal(DayStatus.WorkingDay, working.Status);
        Assert.True(working.IsWorkingDay);
    }

    [Fact]
    public void A_holiday_on_a_weekend_moves_to_the_next_working_day()
    {
        // 2022: 30/4 Saturday, 1/5 Sunday.
        Assert.False(Calendar.IsWorkingDay(D(2022, 5, 2)));
        Assert.False(Calendar.IsWorkingDay(D(2022, 5, 3)));
        Assert.True(Calendar.IsWorkingDay(D(2022, 5, 4)));
        var moved = Calendar.DescribeDay(D(2022, 5, 2));
        Assert.Equal(DayStatus.CompensatoryDayOff, moved.Status);
        Assert.Equal("Nghỉ bù Ngày Chiến thắng", moved.Vietnamese);
        Assert.Equal(DayStatus.PublicHoliday, Calendar.DescribeDay(D(2022, 4, 30)).Status);
    }

    [Fact]
    public void An_administrators_day_off_is_not_worked_and_shows_its_reason()
    {
        var calendar = new WorkingCalendar(CalendarFixtures.SwapOptions);

        Assert.True(WorkingCalendar.Default.IsWorkingDay(D(2026, 4, 28)));
        Assert.False(calendar.IsWorkingDay(D(2026, 4, 28)));
        var day = calendar.DescribeDay(D(2026, 4, 28));
        Assert.Equal(DayStatus.AdministrativeDayOff, day.Status);
        Assert.Equal("Nghỉ hoán đổi, làm bù Thứ Bảy 25/04/2026", day.Vietnamese);
        Assert.Contains(calendar.GetHolidays(2026), d => d.Date == D(2026, 4, 28) && d.Status == DayStatus.AdministrativeDayOff);
    }

    [Fact]
    public void A_make_up_Saturday_is_a_working_day_and_counts_in_working_day_arithmetic()
    {
        var calendar = new WorkingCalendar(CalendarFixtures.SwapOptions);

        Assert.True(calendar.IsWorkingDay(D(2026, 4, 25)));
        Assert.Equal(DayStatus.MakeUpWorkingDay, calendar.DescribeDay(D(2026, 4, 25)).Status);
        Assert.StartsWith("Ngày làm việc bù", calendar.DescribeDay(D(2026, 4, 25)).Vietnamese, StringComparison.Ordinal);
        Assert.True(calendar.IsWithinWorkingHours(new DateTime(2026, 4, 25, 9, 0, 0)));
        Assert.Equal(D(2026, 4, 25), calendar.NextWorkingDay(D(2026, 4, 24)));
        Assert.Equal(D(2026, 4, 28), WorkingCalendar.Default.NextWorkingDay(D(2026, 4, 24)));
        // Friday 24/4 + 2 working days: Saturday 25 (make-up), then 26 Sunday (Hung Kings), 27 (its compensation),
        // 28 (swapped off) are skipped → Wednesday 29/4.
        Assert.Equal(D(2026, 4, 29), calendar.AddWorkingDays(D(2026, 4, 24), 2));
        Assert.Equal(D(2026, 4, 29), WorkingCalendar.Default.AddWorkingDays(D(2026, 4, 24), 2));
        Assert.Equal(D(2026, 4, 28), WorkingCalendar.Default.AddWorkingDays(D(2026, 4, 24), 1));
        Assert.Equal(D(2026, 4, 25), calendar.AddWorkingDays(D(2026, 4, 24), 1));
    }

    [Fact]
    public void Announced_Tet_days_replace_the_default_ones()
    {
        var calendar = new WorkingCalendar(CalendarFixtures.AnnouncedTet2026);

        Assert.True(WorkingCalendar.Default.IsWorkingDay(D(2026, 2, 13)));
        Assert.False(WorkingCalendar.Default.IsWorkingDay(D(2026, 2, 16)));
        Assert.Equal(DayStatus.PublicHoliday, calendar.DescribeDay(D(2026, 2, 14)).Status);
        Assert.Equal("Tết Nguyên đán", calendar.DescribeDay(D(2026, 2, 22)).Vietnamese);
        Assert.Equal(D(2026, 2, 23), calendar.NextWorkingDay(D(2026, 2, 13)));
        Assert.Equal(9, calendar.GetHolidays(2026).Count(h => h.Holiday == HolidayKind.LunarNewYear));
    }

    [Fact]
    public void An_announced_National_Day_adjacent_day_replaces_the_rule()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { NationalDayAdjacentDays = [D(2026, 9, 3)] });

        Assert.True(WorkingCalendar.Default.IsWorkingDay(D(2026, 9, 3)));
        Assert.False(WorkingCalendar.Default.IsWorkingDay(D(2026, 9, 1)));
        Assert.False(calendar.IsWorkingDay(D(2026, 9, 3)));
        Assert.True(calendar.IsWorkingDay(D(2026, 9, 1)));
        Assert.Equal("Quốc khánh", calendar.DescribeDay(D(2026, 9, 3)).Vietnamese);
    }

    [Fact]
    public void GetHolidays_lists_the_effective_days_off_with_names_in_date_order()
    {
        var days = WorkingCalendar.Default.GetHolidays(2023);

        Assert.Equal(days.OrderBy(d => d.Date), days);
        Assert.All(days, d => Assert.False(d.IsWorkingDay));
        Assert.Contains(days, d => d.Date == D(2023, 9, 4) && d.Vietnamese == "Nghỉ bù Quốc khánh");
        Assert.Contains(days, d => d.Date == D(2023, 4, 29) && d.Vietnamese == "Giỗ Tổ Hùng Vương");
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Default.GetHolidays(2200));
    }

    [Theory]
    [InlineData(6, 59, 59, false)]
    [InlineData(7, 0, 0, true)]
    [InlineData(10, 59, 59, true)]
    [InlineData(11, 0, 0, false)]
    [InlineData(11, 30, 0, false)]
    [InlineData(13, 0, 0, true)]
    [InlineData(16, 59, 59, true)]
    [InlineData(17, 0, 0, false)]
    public void Working_hours_are_the_configured_sessions_with_exclusive_ends(int hour, int minute, int second, bool within) =>
        Assert.Equal(within, Calendar.IsWithinWorkingHours(new DateTime(2026, 2, 2, hour, minute, second)));

    [Fact]
    public void No_working_hours_on_a_day_off_and_UTC_times_are_refused()
    {
        Assert.False(Calendar.IsWithinWorkingHours(new DateTime(2026, 2, 7, 9, 0, 0)));
        var ex = Assert.Throws<ArgumentException>(() => Calendar.IsWithinWorkingHours(new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc)));
        Assert.Contains("center-local", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_convert_to_center_local_time_with_the_configured_offset()
    {
        var instant = new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTime(2026, 2, 2, 16, 30, 0), Calendar.ToLocal(instant));
        Assert.Equal(DateTimeKind.Unspecified, Calendar.ToLocal(instant).Kind);
        Assert.Equal(instant, Calendar.ToInstant(new DateTime(2026, 2, 2, 16, 30, 0)));
        Assert.Equal(TimeSpan.FromHours(7), Calendar.ToInstant(new DateTime(2026, 2, 2, 16, 30, 0)).Offset);

        var other = new WorkingCalendar(new WorkingCalendarOptions { UtcOffset = TimeSpan.FromHours(8) });
        Assert.Equal(new DateTime(2026, 2, 2, 17, 30, 0), other.ToLocal(instant));
    }

    [Fact]
    public void Local_now_comes_from_the_injected_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 2, 2, 8, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateTime(2026, 2, 2, 15, 59, 0), Calendar.LocalNow(clock));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(Calendar.IsWithinWorkingHours(Calendar.LocalNow(clock).AddHours(1)));
        Assert.True(Calendar.IsWithinWorkingHours(Calendar.LocalNow(clock)));
    }

    [Fact]
    public void Adding_working_days_skips_days_off_and_zero_returns_the_start()
    {
        Assert.Equal(D(2026, 2, 9), Calendar.AddWorkingDays(D(2026, 2, 6), 1));
        Assert.Equal(D(2026, 2, 6), Calendar.AddWorkingDays(D(2026, 2, 9), -1));
        Assert.Equal(D(2026, 2, 7), Calendar.AddWorkingDays(D(2026, 2, 7), 0));
        Assert.Equal(D(2026, 2, 23), Calendar.AddWorkingDays(D(2026, 2, 13), 1));
        Assert.Equal(D(2026, 2, 13), Calendar.PreviousWorkingDay(D(2026, 2, 23)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2199, 12, 30), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(D(1899, 12, 31)));
    }

    [Fact]
    public void Adding_n_working_days_passes_exactly_n_working_days_and_subtracting_comes_back() =>
        Gen.Select(Gen.DateOnly[D(1901, 1, 1), D(2198, 1, 1)], Gen.Int[0, 60]).Sample((start, n) =>
        {
            var end = Calendar.AddWorkingDays(start, n);
            var counted = 0;
            for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
            {
                counted += Calendar.IsWorkingDay(day) ? 1 : 0;
            }

            Assert.Equal(n, counted);
            if (n > 0)
            {
                Assert.True(Calendar.IsWorkingDay(end));
                var back = Calendar.AddWorkingDays(end, -n);
                Assert.Equal(Calendar.IsWorkingDay(start) ? start : Calendar.PreviousWorkingDay(start), back);
            }
        });

    [Fact]
    public void The_calendar_keeps_its_own_copy_of_the_options()
    {
        var daysOff = new List<AdministrativeDayOff> { new(D(2026, 3, 2), "Sự kiện") };
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { DaysOff = daysOff });

        daysOff.Add(new AdministrativeDayOff(D(2026, 3, 3), "Thêm sau"));

        Assert.False(calendar.IsWorkingDay(D(2026, 3, 2)));
        Assert.True(calendar.IsWorkingDay(D(2026, 3, 3)));
        Assert.Single(calendar.Options.DaysOff);
    }

    [Fact]
    public void Years_resolved_concurrently_give_the_same_answers_as_sequentially()
    {
        var concurrent = new WorkingCalendar(CalendarFixtures.SwapOptions);
        var sequential = new WorkingCalendar(CalendarFixtures.SwapOptions);
        var years = Enumerable.Range(1990, 80).ToArray();

        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, DateOnly[]>();
        Parallel.ForEach(years.Concat(years), year => seen[year] = [.. concurrent.GetHolidays(year).Select(d => d.Date)]);

        Assert.All(years, year => Assert.Equal(sequential.GetHolidays(year).Select(d => d.Date), seen[year]));
    }

    [Fact]
    public void Missing_override_lists_are_treated_as_empty()
    {
        var calendar = new WorkingCalendar(new WorkingCalendarOptions { DaysOff = null!, MakeUpWorkingDays = null!, LunarNewYearDays = null!, NationalDayAdjacentDays = null! });
        Assert.Equal(WorkingCalendar.Default.GetHolidays(2026), calendar.GetHolidays(2026));
    }

    [Fact]
    public void Vietnamese_weekday_names_and_invariant_dates()
    {
        Assert.Equal(
            ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
            Enumerable.Range(0, 7).Select(i => CalendarText.VietnameseWeekday(D(2026, 2, 2).AddDays(i).DayOfWeek)));
        Assert.Equal("Thứ Hai 02/02/2026", CalendarText.VietnameseDay(D(2026, 2, 2)));
        Assert.Equal("07–08/02/2026", CalendarText.Range(D(2026, 2, 7), D(2026, 2, 8)));
        Assert.Equal("30/01–02/02/2026", CalendarText.Range(D(2026, 1, 30), D(2026, 2, 2)));
        Assert.Equal("31/12/2025–01/01/2026", CalendarText.Range(D(2025, 12, 31), D(2026, 1, 1)));
    }
}
