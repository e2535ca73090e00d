using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Tests.Calendar;

public class PublicHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Each_holiday_has_its_Vietnamese_name_with_full_diacritics()
    {
        Assert.Equal("Tết Dương lịch", HolidayNames.Vietnamese(HolidayKind.NewYear));
        Assert.Equal("Tết Nguyên đán", HolidayNames.Vietnamese(HolidayKind.LunarNewYear));
        Assert.Equal("Giỗ Tổ Hùng Vương", HolidayNames.Vietnamese(HolidayKind.HungKings));
        Assert.Equal("Ngày Chiến thắng", HolidayNames.Vietnamese(HolidayKind.VictoryDay));
        Assert.Equal("Ngày Quốc tế Lao động", HolidayNames.Vietnamese(HolidayKind.LabourDay));
        Assert.Equal("Quốc khánh", HolidayNames.Vietnamese(HolidayKind.NationalDay));
        Assert.All(Enum.GetValues<HolidayKind>(), k => Assert.False(string.IsNullOrWhiteSpace(HolidayNames.English(k))));
    }

    [Fact]
    public void The_2026_holidays_by_default_are_the_eleven_statutory_days()
    {
        var holidays = PublicHolidays.ForYear(2026);

        Assert.Equal(
            [D(2026, 1, 1), D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20), D(2026, 4, 26), D(2026, 4, 27), D(2026, 4, 30), D(2026, 5, 1), D(2026, 9, 1), D(2026, 9, 2)],
            holidays.Select(h => h.Date));
        // Hung Kings' day 2026 is a Sunday (26/4): its compensatory day is Monday 27/4.
        var compensatory = Assert.Single(holidays, h => h.IsCompensatory);
        Assert.Equal(new PublicHoliday(D(2026, 4, 27), HolidayKind.HungKings, D(2026, 4, 26)), compensatory);
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương", compensatory.NameVietnamese);
        Assert.Equal(5, holidays.Count(h => h.Kind == HolidayKind.LunarNewYear));
    }

    [Fact]
    public void Holidays_on_a_weekend_are_compensated_on_the_following_working_days_in_order()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5 (as announced that year).
        var holidays = PublicHolidays.ForYear(2022);
        Assert.Contains(new PublicHoliday(D(2022, 5, 2), HolidayKind.VictoryDay, D(2022, 4, 30)), holidays);
        Assert.Contains(new PublicHoliday(D(2022, 5, 3), HolidayKind.LabourDay, D(2022, 5, 1)), holidays);

        // 2023: Hung Kings' day Saturday 29/4, 30/4 Sunday, 1/5 Monday → 2/5 and 3/5.
        var y2023 = PublicHolidays.ForYear(2023);
        Assert.Contains(new PublicHoliday(D(2023, 5, 2), HolidayKind.HungKings, D(2023, 4, 29)), y2023);
        Assert.Contains(new PublicHoliday(D(2023, 5, 3), HolidayKind.VictoryDay, D(2023, 4, 30)), y2023);
        // National Day 2023: Saturday 2/9 with Friday 1/9 → Monday 4/9.
        Assert.Contains(new PublicHoliday(D(2023, 9, 4), HolidayKind.NationalDay, D(2023, 9, 2)), y2023);
    }

    [Theory]
    [InlineData(2021, 3)]
    [InlineData(2022, 1)]
    [InlineData(2023, 1)]
    [InlineData(2024, 3)]
    [InlineData(2025, 1)]
    public void The_default_National_Day_adjacent_day_matches_the_announcements_of_2021_to_2025(int year, int day)
    {
        Assert.Equal(D(year, 9, day), PublicHolidays.DefaultNationalDayAdjacentDay(year));
        Assert.Equal(D(year, 9, 1), PublicHolidays.DefaultNationalDayAdjacentDay(year, NationalDayAdjacentRule.DayBefore));
        Assert.Equal(D(year, 9, 3), PublicHolidays.DefaultNationalDayAdjacentDay(year, NationalDayAdjacentRule.DayAfter));
    }

    [Fact]
    public void Default_Tet_days_are_the_last_day_of_the_old_year_and_the_first_four_of_the_new_one_and_a_weekend_one_is_compensated()
    {
        // Tết 2025 = 29/1: default days 28/1–1/2; Saturday 1/2 is compensated on Monday 3/2.
        Assert.Equal([D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31), D(2025, 2, 1)], PublicHolidays.DefaultLunarNewYearDays(2025));
        Assert.Contains(new PublicHoliday(D(2025, 2, 3), HolidayKind.LunarNewYear, D(2025, 2, 1)), PublicHolidays.ForYear(2025));
        Assert.Equal(new LunarDate(2024, 12, 29), LunarCalendar.ToLunar(D(2025, 1, 28)));
    }

    [Fact]
    public void Announced_Tet_days_replace_the_default_and_get_no_automatic_compensation()
    {
        // The 2025 announcement: 25/1 (Saturday) to 2/2 (Sunday), nine days.
        var announced = Enumerable.Range(0, 9).Select(i => D(2025, 1, 25).AddDays(i)).ToList();
        var holidays = PublicHolidays.ForYear(2025, announced);

        Assert.Equal(announced, holidays.Where(h => h.Kind == HolidayKind.LunarNewYear).Select(h => h.Date));
        Assert.DoesNotContain(holidays, h => h.Kind == HolidayKind.LunarNewYear && h.IsCompensatory);
    }

    [Fact]
    public void Every_year_from_1900_to_2199_has_the_statutory_days_and_consistent_compensation()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var holidays = PublicHolidays.ForYear(year);
            var statutory = holidays.Where(h => !h.IsCompensatory).ToList();
            Assert.Equal(11, statutory.Count);
            Assert.Equal(holidays.OrderBy(h => h.Date).Select(h => h.Date), holidays.Select(h => h.Date));
            Assert.Equal(new LunarDate(year, 3, 10), LunarCalendar.ToLunar(Assert.Single(statutory, h => h.Kind == HolidayKind.HungKings).Date));

            var weekendDates = statutory.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Select(h => h.Date).Distinct().ToList();
            var compensatory = holidays.Where(h => h.IsCompensatory).ToList();
            Assert.Equal(weekendDates, compensatory.Select(h => h.CompensatesFor!.Value));
            foreach (var day in compensatory)
            {
                Assert.True(day.Date > day.CompensatesFor, $"{day}");
                Assert.True(PublicHolidays.IsWeekday(day.Date), $"{day}");
                Assert.Single(holidays, h => h.Date == day.Date);
            }
        }
    }

    [Fact]
    public void Years_outside_the_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.ForYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.ForYear(2200));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.DefaultLunarNewYearDays(2200));
    }
}
