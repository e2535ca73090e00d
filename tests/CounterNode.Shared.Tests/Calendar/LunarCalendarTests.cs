using CounterNode.Shared.Calendar;
using CsCheck;

namespace CounterNode.Shared.Tests.Calendar;

public class LunarCalendarTests
{
    private static readonly LunarCalendarEngine China = LunarCalendarEngine.ForTimeZone(8);

    private static readonly Gen<DateOnly> SupportedDay = Gen.DateOnly[LunarCalendar.MinSupportedDate, LunarCalendar.MaxSupportedDate];

    [Fact]
    public void Every_day_from_1900_to_2199_converts_to_lunar_and_back_and_days_follow_each_other()
    {
        var previous = LunarCalendar.ToLunar(LunarCalendar.MinSupportedDate);
        Assert.Equal(LunarCalendar.MinSupportedDate, LunarCalendar.ToSolar(previous));
        var days = 1;
        for (var day = LunarCalendar.MinSupportedDate.AddDays(1); day <= LunarCalendar.MaxSupportedDate; day = day.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar));
            Assert.InRange(lunar.Day, 1, 30);
            Assert.InRange(lunar.Month, 1, 12);

            // Either the next day of the same month, or day 1 of the month after a 29- or 30-day month.
            if (lunar.Day != 1)
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }
            else
            {
                Assert.InRange(previous.Day, 29, 30);
                Assert.Equal(previous.Day, LunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth));
                Assert.True(
                    lunar.IsLeapMonth
                        ? lunar.Month == previous.Month && !previous.IsLeapMonth && LunarCalendar.LeapMonthOf(lunar.Year) == lunar.Month
                        : lunar.Month == (previous.Month % 12) + 1 && lunar.Year == previous.Year + (previous.Month == 12 ? 1 : 0),
                    $"{previous} -> {lunar}");
            }

            previous = lunar;
            days++;
        }

        Assert.Equal(LunarCalendar.MaxSupportedDate.DayNumber - LunarCalendar.MinSupportedDate.DayNumber + 1, days);
    }

    [Fact]
    public void The_table_agrees_with_the_reference_algorithm_on_every_day_for_Vietnam_and_China()
    {
        for (var day = LunarCalendar.MinSupportedDate; day <= LunarCalendar.MaxSupportedDate; day = day.AddDays(1))
        {
            var vietnam = LunarCalendar.ToLunar(day);
            Assert.Equal(ReferenceAmLich.SolarToLunar(day, 7), vietnam);
            Assert.Equal(day, ReferenceAmLich.LunarToSolar(vietnam, 7));
            if (day.Day == 1)
            {
                Assert.Equal(ReferenceAmLich.SolarToLunar(day, 8), China.ToLunar(day));
            }
        }
    }

    [Fact]
    public void Random_days_round_trip_and_the_first_of_their_month_is_a_new_moon_day() =>
        SupportedDay.Sample(day =>
        {
            var lunar = LunarCalendar.ToLunar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar));
            Assert.True(LunarCalendar.TryToSolar(lunar, out var back));
            Assert.Equal(day, back);
            var monthStart = day.AddDays(1 - lunar.Day);
            Assert.Equal(lunar with { Day = 1 }, LunarCalendar.ToLunar(monthStart));
            var k = LunarAstronomy.MonthIndexOf(LunarAstronomy.JulianDayNumber(monthStart));
            Assert.Equal(LunarAstronomy.JulianDayNumber(monthStart), LunarAstronomy.NewMoonDay(k, 7));
        });

    [Fact]
    public void Random_valid_lunar_dates_round_trip_through_solar() =>
        Gen.Select(Gen.Int[1901, 2198], Gen.Int[1, 13], Gen.Int[1, 30]).Sample((year, slot, day) =>
        {
            // Slot 13 is the leap month when the year has one, otherwise month 12.
            var leap = LunarCalendar.LeapMonthOf(year);
            var lunar = slot == 13 && leap is { } m ? new LunarDate(year, m, day, true) : new LunarDate(year, Math.Min(slot, 12), day);
            var length = LunarCalendar.DaysInMonth(lunar.Year, lunar.Month, lunar.IsLeapMonth);
            if (day > length)
            {
                Assert.False(LunarCalendar.TryToSolar(lunar, out _));
                Assert.Equal(InvalidLunarDateReason.DayNotInMonth, Assert.Throws<InvalidLunarDateException>(() => LunarCalendar.ToSolar(lunar)).Reason);
            }
            else
            {
                Assert.Equal(lunar, LunarCalendar.ToLunar(LunarCalendar.ToSolar(lunar)));
            }
        });

    [Theory]
    [InlineData(2020, 1, 25)]
    [InlineData(2021, 2, 12)]
    [InlineData(2022, 2, 1)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2000, 2, 5)]
    [InlineData(1975, 2, 11)]
    public void Known_Vietnamese_Lunar_New_Year_days(int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);
        Assert.Equal(tet, LunarCalendar.LunarNewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), LunarCalendar.ToLunar(tet));
        Assert.Equal(12, LunarCalendar.ToLunar(tet.AddDays(-1)).Month);
        Assert.Equal(year - 1, LunarCalendar.ToLunar(tet.AddDays(-1)).Year);
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    public void Vietnam_UTC7_and_China_UTC8_disagree_on_Tet_in_some_years(int year, string vietnam, string china)
    {
        Assert.Equal(DateOnly.Parse(vietnam, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.LunarNewYear(year));
        Assert.Equal(DateOnly.Parse(china, System.Globalization.CultureInfo.InvariantCulture), China.ToSolar(new LunarDate(year, 1, 1)));
        Assert.NotEqual(LunarCalendar.ToLunar(LunarCalendar.LunarNewYear(year)), China.ToLunar(LunarCalendar.LunarNewYear(year)));
    }

    [Fact]
    public void In_1985_the_two_calendars_differ_by_a_whole_month_because_China_has_leap_month_10_in_1984_and_Vietnam_leap_month_2_in_1985()
    {
        // 1984's leap month 10 is China's; in Vietnam (UTC+7) the month without a principal term
        // comes after Tết, so Vietnam's 1984 has 12 months and its Tết 1985 is a month earlier.
        Assert.Equal(10, China.LeapMonthOf(1984));
        Assert.Null(LunarCalendar.LeapMonthOf(1984));
        Assert.Equal(2, LunarCalendar.LeapMonthOf(1985));
        Assert.Null(China.LeapMonthOf(1985));
        Assert.Equal(new LunarDate(1984, 12, 1), China.ToLunar(new DateOnly(1985, 1, 21)));
        Assert.Equal(new LunarDate(1985, 1, 1), LunarCalendar.ToLunar(new DateOnly(1985, 1, 21)));

        // After Vietnam's leap month 2 of 1985 the two calendars agree again.
        Assert.Equal(China.ToLunar(new DateOnly(1985, 6, 1)), LunarCalendar.ToLunar(new DateOnly(1985, 6, 1)));
    }

    [Theory]
    [InlineData(2019, "2019-04-14")]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_10th_of_the_3rd_lunar_month(int year, string expected)
    {
        var date = DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(date, PublicHolidays.HungKingsDay(year));
        Assert.Equal(new LunarDate(year, 3, 10), LunarCalendar.ToLunar(date));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2017, 6)]
    [InlineData(1985, 2)]
    [InlineData(2033, 11)]
    public void Known_leap_months(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonthOf(year));
        var regular = LunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1));
        var leap = LunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1, IsLeapMonth: true));
        Assert.Equal(LunarCalendar.DaysInMonth(year, leapMonth), leap.DayNumber - regular.DayNumber);
        Assert.True(LunarCalendar.ToLunar(leap).IsLeapMonth);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void Years_without_a_leap_month_have_none(int year) => Assert.Null(LunarCalendar.LeapMonthOf(year));

    [Fact]
    public void A_leap_month_the_year_lacks_is_refused_with_the_reason_and_the_actual_leap_month()
    {
        var ex = Assert.Throws<InvalidLunarDateException>(() => LunarCalendar.ToSolar(new LunarDate(2020, 5, 1, IsLeapMonth: true)));
        Assert.Equal(InvalidLunarDateReason.NoSuchLeapMonth, ex.Reason);
        Assert.Contains("month 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nhuận tháng 4", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.Equal("calendar.invalid-lunar-date", ex.Code);

        var none = Assert.Throws<InvalidLunarDateException>(() => LunarCalendar.ToSolar(new LunarDate(2024, 3, 1, IsLeapMonth: true)));
        Assert.Contains("has no leap month", none.Message, StringComparison.Ordinal);
        Assert.Contains("không có tháng nhuận", none.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_30_of_a_29_day_month_is_refused_and_day_30_of_a_30_day_month_is_accepted()
    {
        var shortMonth = Enumerable.Range(1, 12).First(m => LunarCalendar.DaysInMonth(2024, m) == 29);
        var longMonth = Enumerable.Range(1, 12).First(m => LunarCalendar.DaysInMonth(2024, m) == 30);

        var ex = Assert.Throws<InvalidLunarDateException>(() => LunarCalendar.ToSolar(new LunarDate(2024, shortMonth, 30)));
        Assert.Equal(InvalidLunarDateReason.DayNotInMonth, ex.Reason);
        Assert.Contains("29 ngày", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.False(LunarCalendar.TryToSolar(new LunarDate(2024, shortMonth, 30), out _));
        Assert.True(LunarCalendar.TryToSolar(new LunarDate(2024, longMonth, 30), out var solar));
        Assert.Equal(new LunarDate(2024, longMonth, 30), LunarCalendar.ToLunar(solar));
    }

    [Theory]
    [InlineData(2024, 0, 1, InvalidLunarDateReason.MonthOutOfRange)]
    [InlineData(2024, 13, 1, InvalidLunarDateReason.MonthOutOfRange)]
    [InlineData(2024, 1, 0, InvalidLunarDateReason.DayOutOfRange)]
    [InlineData(2024, 1, 31, InvalidLunarDateReason.DayOutOfRange)]
    public void Numbers_out_of_range_are_refused_with_their_reason(int year, int month, int day, InvalidLunarDateReason reason)
    {
        var lunar = new LunarDate(year, month, day);
        Assert.Equal(reason, Assert.Throws<InvalidLunarDateException>(() => LunarCalendar.ToSolar(lunar)).Reason);
        Assert.False(LunarCalendar.TryToSolar(lunar, out var solar));
        Assert.Equal(default, solar);
    }

    [Fact]
    public void Dates_outside_1900_to_2199_are_refused_as_out_of_range()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Contains("1900-01-01", before.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToLunar(new DateOnly(2200, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(1800, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2200, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.LeapMonthOf(2300));
        // Lunar 1/1/1899 exists in the table but falls in February 1899, before the supported range.
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(1899, 1, 1)));
        Assert.False(LunarCalendar.TryToSolar(new LunarDate(1899, 1, 1), out _));
        Assert.Equal(new LunarDate(1899, 12, 1), LunarCalendar.ToLunar(LunarCalendar.MinSupportedDate) with { Day = 1 });
    }

    [Fact]
    public void Lunar_dates_format_for_logs_and_for_paper()
    {
        Assert.Equal("2020-04L-10", new LunarDate(2020, 4, 10, true).ToString());
        Assert.Equal("2024-03-10", new LunarDate(2024, 3, 10).ToString());
        Assert.Equal("ngày 10 tháng 4 nhuận năm 2020", new LunarDate(2020, 4, 10, true).ToVietnameseString());
    }
}
