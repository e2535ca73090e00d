using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// Hồ Ngọc Đức's lunisolar calendar for one time zone, precomputed once into a table of every
/// lunar month from month 11 of 1898 to month 10 of 2200 (about 3,740 months). Conversions are
/// then table look-ups: solar → lunar finds the month whose start is the last one on or before
/// the day; lunar → solar adds the month offset to the first month of the lunar year.
/// </summary>
/// <remarks>
/// The table is built with exactly the reference algorithm (<see cref="LunarAstronomy"/>):
/// month 11 is the month holding the winter solstice, the months from one month 11 to the next
/// are numbered 11, 12, 1, …, 10, and in a 13-month span the first month without a principal
/// solar term is the leap month and repeats the previous number. The time zone is a parameter so
/// that the tests can compute China's calendar (UTC+8) next to Vietnam's (UTC+7). Instances are
/// immutable after construction and safe to share between threads.
/// </remarks>
internal sealed class LunarCalendarEngine
{
    /// <summary>First Gregorian year whose month 11 the table starts with.</summary>
    private const int FirstCycleYear = 1898;

    /// <summary>Last Gregorian year whose month-11-to-month-11 span is in the table.</summary>
    private const int LastCycleYear = 2199;

    /// <summary>First lunar year the table holds completely.</summary>
    public const int MinLunarYear = FirstCycleYear + 1;

    /// <summary>Last lunar year the table holds completely.</summary>
    public const int MaxLunarYear = LastCycleYear;

    private static readonly int MinDay = LunarAstronomy.JulianDayNumber(LunarCalendar.MinSupportedDate);
    private static readonly int MaxDay = LunarAstronomy.JulianDayNumber(LunarCalendar.MaxSupportedDate);

    // Month i starts on Julian Day _monthStarts[i] and ends the day before _monthStarts[i + 1]
    // (the last entry is only the end of the last month).
    private readonly int[] _monthStarts;

    // Month i's label packed as (year << 5) | (month << 1) | leap, to keep the table compact.
    private readonly int[] _monthLabels;

    // For lunar year y: the table index of its regular month 1, and its leap month (0 if none).
    private readonly int[] _yearFirstMonth = new int[MaxLunarYear - MinLunarYear + 1];
    private readonly int[] _yearLeapMonth = new int[MaxLunarYear - MinLunarYear + 1];

    private LunarCalendarEngine(double timeZoneHours)
    {
        TimeZoneHours = timeZoneHours;
        var starts = new List<int>(3800);
        var labels = new List<int>(3800);
        var nextMonth11 = LunarAstronomy.LunarMonth11(FirstCycleYear, timeZoneHours);
        for (var year = FirstCycleYear; year <= LastCycleYear; year++)
        {
            var month11 = nextMonth11;
            nextMonth11 = LunarAstronomy.LunarMonth11(year + 1, timeZoneHours);
            AddCycle(year, month11, nextMonth11, starts, labels);
        }

        starts.Add(nextMonth11);
        _monthStarts = [.. starts];
        _monthLabels = [.. labels];
        IndexYears();
    }

    /// <summary>Vietnam's calendar: UTC+7, the 105° E meridian.</summary>
    public static LunarCalendarEngine Vietnam { get; } = new(7);

    /// <summary>Builds the calendar of another time zone (hours east of UTC), e.g. 8 for China.</summary>
    public static LunarCalendarEngine ForTimeZone(double timeZoneHours) =>
        timeZoneHours is >= -12 and <= 14
            ? new LunarCalendarEngine(timeZoneHours)
            : throw new ArgumentOutOfRangeException(nameof(timeZoneHours), timeZoneHours, "A time zone is between UTC-12 and UTC+14.");

    /// <summary>Hours east of UTC this calendar is computed for.</summary>
    public double TimeZoneHours { get; }

    /// <summary>The lunar date of a solar date in 1900–2199.</summary>
    public LunarDate ToLunar(DateOnly solar)
    {
        LunarCalendar.EnsureSupported(solar, nameof(solar));
        var day = LunarAstronomy.JulianDayNumber(solar);
        var index = MonthIndexOfDay(day);
        var label = _monthLabels[index];
        return new LunarDate(label >> 5, (label >> 1) & 0xF, day - _monthStarts[index] + 1, (label & 1) == 1);
    }

    /// <summary>The solar date of a lunar date, or why it does not exist.</summary>
    public DateOnly ToSolar(LunarDate lunar)
    {
        var day = Resolve(lunar, requireDay: true, out _);
        if (day < 0)
        {
            throw Failure(lunar, (LunarResolveProblem)day);
        }

        return LunarAstronomy.DateOfJulianDay(day);
    }

    /// <summary>The solar date of a lunar date; false (without throwing) if it does not exist or is out of range.</summary>
    public bool TryToSolar(LunarDate lunar, out DateOnly solar)
    {
        var day = Resolve(lunar, requireDay: true, out _);
        solar = day < 0 ? default : LunarAstronomy.DateOfJulianDay(day);
        return day >= 0;
    }

    /// <summary>The leap month of a lunar year, or null.</summary>
    public int? LeapMonthOf(int lunarYear)
    {
        if (lunarYear is < MinLunarYear or > MaxLunarYear)
        {
            throw Failure(new LunarDate(lunarYear, 1, 1), LunarResolveProblem.YearOutOfRange);
        }

        var leap = _yearLeapMonth[lunarYear - MinLunarYear];
        return leap == 0 ? null : leap;
    }

    /// <summary>Days (29 or 30) in a month of a lunar year.</summary>
    public int DaysInMonth(int lunarYear, int month, bool isLeapMonth)
    {
        var asked = new LunarDate(lunarYear, month, 1, isLeapMonth);
        var first = Resolve(asked, requireDay: false, out var length);
        return first < 0 ? throw Failure(asked, (LunarResolveProblem)first) : length;
    }

    /// <summary>
    /// The Julian Day of <paramref name="lunar"/> (or of its month's first day when
    /// <paramref name="requireDay"/> is false), or a negative <see cref="LunarResolveProblem"/>.
    /// </summary>
    private int Resolve(LunarDate lunar, bool requireDay, out int length)
    {
        length = 0;
        if (lunar.Year is < MinLunarYear or > MaxLunarYear)
        {
            return (int)LunarResolveProblem.YearOutOfRange;
        }

        if (lunar.Month is < 1 or > 12)
        {
            return (int)LunarResolveProblem.MonthOutOfRange;
        }

        var leap = _yearLeapMonth[lunar.Year - MinLunarYear];
        if (lunar.IsLeapMonth && leap != lunar.Month)
        {
            return (int)LunarResolveProblem.NoSuchLeapMonth;
        }

        // The leap month follows the regular month of the same number.
        var index = _yearFirstMonth[lunar.Year - MinLunarYear] + lunar.Month - 1
            + (leap != 0 && (leap < lunar.Month || lunar.IsLeapMonth) ? 1 : 0);
        var first = _monthStarts[index];
        length = _monthStarts[index + 1] - first;
        if (!requireDay)
        {
            return first;
        }

        if (lunar.Day is < 1 or > 30)
        {
            return (int)LunarResolveProblem.DayOutOfRange;
        }

        if (lunar.Day > length)
        {
            return (int)LunarResolveProblem.DayNotInMonth;
        }

        var day = first + lunar.Day - 1;
        return day < MinDay || day > MaxDay ? (int)LunarResolveProblem.SolarOutOfRange : day;
    }

    private Exception Failure(LunarDate lunar, LunarResolveProblem problem) => problem switch
    {
        LunarResolveProblem.MonthOutOfRange => new InvalidLunarDateException(
            lunar, InvalidLunarDateReason.MonthOutOfRange, "a lunar month is 1 to 12.", "tháng âm lịch từ 1 đến 12."),
        LunarResolveProblem.DayOutOfRange => new InvalidLunarDateException(
            lunar, InvalidLunarDateReason.DayOutOfRange, "a lunar day is 1 to 30.", "ngày âm lịch từ 1 đến 30."),
        LunarResolveProblem.DayNotInMonth => new InvalidLunarDateException(
            lunar, InvalidLunarDateReason.DayNotInMonth, "that month has 29 days.", "tháng này chỉ có 29 ngày (tháng thiếu)."),
        LunarResolveProblem.NoSuchLeapMonth => NoSuchLeapMonth(lunar),
        LunarResolveProblem.YearOutOfRange => new ArgumentOutOfRangeException(
            nameof(lunar),
            lunar.Year,
            string.Create(CultureInfo.InvariantCulture, $"The lunar calendar covers lunar years {MinLunarYear}–{MaxLunarYear}; lunar year {lunar.Year} is outside it.")),
        _ => new ArgumentOutOfRangeException(
            nameof(lunar),
            lunar,
            string.Create(CultureInfo.InvariantCulture, $"Lunar date {lunar} falls outside the supported solar range {LunarCalendar.MinSupportedDate:yyyy-MM-dd} to {LunarCalendar.MaxSupportedDate:yyyy-MM-dd}.")),
    };

    private InvalidLunarDateException NoSuchLeapMonth(LunarDate lunar)
    {
        var leap = _yearLeapMonth[lunar.Year - MinLunarYear];
        return new InvalidLunarDateException(
            lunar,
            InvalidLunarDateReason.NoSuchLeapMonth,
            leap == 0
                ? string.Create(CultureInfo.InvariantCulture, $"lunar year {lunar.Year} has no leap month.")
                : string.Create(CultureInfo.InvariantCulture, $"the leap month of lunar year {lunar.Year} is month {leap}."),
            leap == 0
                ? string.Create(CultureInfo.InvariantCulture, $"năm âm lịch {lunar.Year} không có tháng nhuận.")
                : string.Create(CultureInfo.InvariantCulture, $"năm âm lịch {lunar.Year} nhuận tháng {leap}."));
    }

    private int MonthIndexOfDay(int day)
    {
        // Months are 29 or 30 days, so the mean month length lands on or next to the right index.
        var index = Math.Clamp((int)((day - _monthStarts[0]) / LunarAstronomy.SynodicMonth), 0, _monthLabels.Length - 1);
        while (_monthStarts[index] > day)
        {
            index--;
        }

        while (_monthStarts[index + 1] <= day)
        {
            index++;
        }

        return index;
    }

    private void AddCycle(int year, int month11, int nextMonth11, List<int> starts, List<int> labels)
    {
        var k = LunarAstronomy.MonthIndexOf(month11);
        if (LunarAstronomy.NewMoonDay(k, TimeZoneHours) != month11)
        {
            // Cannot happen with the reference constants; a guard against a broken edit of them.
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Lunar table inconsistent at month 11 of {year}."));
        }

        var leapOffset = nextMonth11 - month11 > 365 ? LunarAstronomy.LeapMonthOffset(month11, TimeZoneHours) : int.MaxValue;
        for (var offset = 0; ; offset++)
        {
            var start = LunarAstronomy.NewMoonDay(k + offset, TimeZoneHours);
            if (start >= nextMonth11)
            {
                break;
            }

            // Same numbering as the reference convertSolar2Lunar: 11, 12, 1, … with the leap month
            // repeating the number before it; months 11 and 12 belong to the earlier lunar year.
            var month = offset >= leapOffset ? offset + 10 : offset + 11;
            var isLeap = offset == leapOffset;
            if (month > 12)
            {
                month -= 12;
            }

            var lunarYear = month >= 11 && offset < 4 ? year : year + 1;
            starts.Add(start);
            labels.Add((lunarYear << 5) | (month << 1) | (isLeap ? 1 : 0));
        }

    }

    private void IndexYears()
    {
        for (var i = 0; i < _monthLabels.Length; i++)
        {
            var label = _monthLabels[i];
            var year = label >> 5;
            if (year is < MinLunarYear or > MaxLunarYear)
            {
                continue;
            }

            var month = (label >> 1) & 0xF;
            if ((label & 1) == 1)
            {
                _yearLeapMonth[year - MinLunarYear] = month;
            }
            else if (month == 1)
            {
                _yearFirstMonth[year - MinLunarYear] = i;
            }
        }
    }
}
