using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// The statutory public holidays of a year (Labour Code 2019, Article 112.1) and their
/// compensatory days off (Article 111.3), computed for 1900–2199 with the rules in force today.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Fixed days: 1 January, 30 April, 1 May, 2 September. Lunar: Hung Kings' day (10/3 lunar).</item>
/// <item>Tết: 5 days. The Government announces the exact days every year; the default is the last
/// day of the old lunar year (29 or 30 Tết) and lunar 1–4 of the new year. An administrator can
/// enter the announced days instead (<see cref="WorkingCalendarOptions.LunarNewYearDays"/>).</item>
/// <item>National Day: 2 September plus 1 or 3 September (<see cref="NationalDayAdjacentRule"/>,
/// or the announced day from <see cref="WorkingCalendarOptions.NationalDayAdjacentDays"/>).</item>
/// <item>A holiday on a Saturday or Sunday gives a compensatory day off on the next working day
/// after it that is neither a weekend nor another holiday nor an earlier compensatory day; several
/// such holidays in one block are compensated on consecutive working days after the block, in
/// date order (30/4 on Saturday and 1/5 on Sunday → Monday 2/5 and Tuesday 3/5). This applies to
/// the default Tết days too (Tết 2025 default: 28/1–1/2; Saturday 1/2 → Monday 3/2). When the
/// administrator entered the year's Tết days, those days are taken as the complete announced
/// list and get no automatic compensation: the announcement already includes it.</item>
/// </list>
/// Year-by-year swaps (a weekday off, a Saturday worked) are not computable; they are
/// administrator overrides of the <see cref="WorkingCalendar"/>. Years before 2021 are computed with
/// today's rules too (the calendar serves current deadlines, not labour history).
/// </remarks>
public static class PublicHolidays
{
    /// <summary>The default Tết days of a solar year: the day before lunar 1/1 and lunar 1/1–4/1.</summary>
    public static IReadOnlyList<DateOnly> DefaultLunarNewYearDays(int year)
    {
        EnsureYear(year);
        var tet = LunarCalendar.LunarNewYear(year);
        return [tet.AddDays(-1), tet, tet.AddDays(1), tet.AddDays(2), tet.AddDays(3)];
    }

    /// <summary>Hung Kings' day of a solar year: 10th day of the 3rd lunar month.</summary>
    public static DateOnly HungKingsDay(int year)
    {
        EnsureYear(year);
        return LunarCalendar.ToSolar(new LunarDate(year, 3, 10));
    }

    /// <summary>The day next to 2 September that the rule picks (1 or 3 September).</summary>
    public static DateOnly DefaultNationalDayAdjacentDay(int year, NationalDayAdjacentRule rule = NationalDayAdjacentRule.AdjoinWeekend)
    {
        EnsureYear(year);
        var before = new DateOnly(year, 9, 1);
        var after = new DateOnly(year, 9, 3);
        return rule switch
        {
            NationalDayAdjacentRule.DayBefore => before,
            NationalDayAdjacentRule.DayAfter => after,
            NationalDayAdjacentRule.AdjoinWeekend => (IsWeekday(before), IsWeekday(after)) switch
            {
                (true, false) => before,
                (false, true) => after,
                _ => after.DayOfWeek == DayOfWeek.Friday && before.DayOfWeek != DayOfWeek.Monday ? after : before,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown National Day rule."),
        };
    }

    /// <summary>
    /// The holidays of a solar year with their compensatory days, in date order.
    /// </summary>
    /// <param name="year">Solar year, 1900–2199.</param>
    /// <param name="lunarNewYearDays">The announced Tết days of that year, or null for the default five (which are then compensated like any holiday).</param>
    /// <param name="nationalDayAdjacentDay">The announced day next to 2 September (1 or 3 September), or null to apply <paramref name="rule"/>.</param>
    /// <param name="rule">How to pick the National Day adjacent day when none is given.</param>
    public static IReadOnlyList<PublicHoliday> ForYear(
        int year,
        IReadOnlyList<DateOnly>? lunarNewYearDays = null,
        DateOnly? nationalDayAdjacentDay = null,
        NationalDayAdjacentRule rule = NationalDayAdjacentRule.AdjoinWeekend)
    {
        EnsureYear(year);
        var holidays = new List<PublicHoliday>(16)
        {
            new(new DateOnly(year, 1, 1), HolidayKind.NewYear),
            new(HungKingsDay(year), HolidayKind.HungKings),
            new(new DateOnly(year, 4, 30), HolidayKind.VictoryDay),
            new(new DateOnly(year, 5, 1), HolidayKind.LabourDay),
            new(new DateOnly(year, 9, 2), HolidayKind.NationalDay),
            new(nationalDayAdjacentDay ?? DefaultNationalDayAdjacentDay(year, rule), HolidayKind.NationalDay),
        };
        var announcedTet = lunarNewYearDays is not null;
        foreach (var day in lunarNewYearDays ?? DefaultLunarNewYearDays(year))
        {
            holidays.Add(new PublicHoliday(day, HolidayKind.LunarNewYear));
        }

        holidays.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        var taken = holidays.Select(static h => h.Date).ToHashSet();
        var compensatory = new List<PublicHoliday>();
        foreach (var holiday in holidays)
        {
            // Two holidays on one weekend day (possible when Hung Kings' day meets 30/4) give one day.
            if (IsWeekday(holiday.Date) || (announcedTet && holiday.Kind == HolidayKind.LunarNewYear)
                || compensatory.Exists(c => c.CompensatesFor == holiday.Date))
            {
                continue;
            }

            var day = holiday.Date.AddDays(1);
            while (!IsWeekday(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            compensatory.Add(new PublicHoliday(day, holiday.Kind, holiday.Date));
        }

        holidays.AddRange(compensatory);
        holidays.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return holidays;
    }

    /// <summary>True for Monday–Friday (the weekly rest days are Saturday and Sunday).</summary>
    internal static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static void EnsureYear(int year)
    {
        if (year < LunarCalendar.MinSupportedDate.Year || year > LunarCalendar.MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(CultureInfo.InvariantCulture, $"Holidays are computed for {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}."));
        }
    }
}
