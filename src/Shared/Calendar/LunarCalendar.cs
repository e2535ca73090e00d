using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch) by Hồ Ngọc Đức's algorithm, computed for UTC+7
/// (105° E), for solar dates from 1 January 1900 to 31 December 2199. It places Tết, Hung Kings'
/// day and the other lunar dates of the working calendar.
/// </summary>
/// <remarks>
/// Vietnam's calendar is computed for its own meridian and so differs from China's (UTC+8) in
/// some years, e.g. Tết 1985 was 21 January in Vietnam and 20 February in China. Before 1968 the
/// calendars in use in Vietnam followed UTC+8; this class computes UTC+7 for every year, which is
/// what the working calendar needs. Conversions are table look-ups (the table of all months is
/// built once, on first use), allocation-free and thread-safe.
/// </remarks>
public static class LunarCalendar
{
    /// <summary>First supported solar date.</summary>
    public static readonly DateOnly MinSupportedDate = new(1900, 1, 1);

    /// <summary>Last supported solar date.</summary>
    public static readonly DateOnly MaxSupportedDate = new(2199, 12, 31);

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900–2199.</exception>
    public static LunarDate ToLunar(DateOnly solar) => LunarCalendarEngine.Vietnam.ToLunar(solar);

    /// <summary>The solar date of a lunar date.</summary>
    /// <exception cref="InvalidLunarDateException">That lunar date does not exist (the exception says why).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lunar year, or the solar date it falls on, is outside the supported range.</exception>
    public static DateOnly ToSolar(LunarDate lunar) => LunarCalendarEngine.Vietnam.ToSolar(lunar);

    /// <summary>The solar date of a lunar date; false if that lunar date does not exist or is out of range.</summary>
    public static bool TryToSolar(LunarDate lunar, out DateOnly solar) => LunarCalendarEngine.Vietnam.TryToSolar(lunar, out solar);

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null if the year has 12 months.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The lunar year is outside 1899–2199.</exception>
    public static int? LeapMonthOf(int lunarYear) => LunarCalendarEngine.Vietnam.LeapMonthOf(lunarYear);

    /// <summary>Days (29 or 30) in a lunar month.</summary>
    /// <exception cref="InvalidLunarDateException">The month does not exist in that year.</exception>
    public static int DaysInMonth(int lunarYear, int month, bool isLeapMonth = false) =>
        LunarCalendarEngine.Vietnam.DaysInMonth(lunarYear, month, isLeapMonth);

    /// <summary>The solar date of Tết (lunar 1/1) of a lunar year, which is also the solar year it falls in.</summary>
    public static DateOnly LunarNewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a solar date outside 1900–2199.</summary>
    internal static void EnsureSupported(DateOnly date, string paramName)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                date,
                string.Create(CultureInfo.InvariantCulture, $"The calendar covers {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}; {date:yyyy-MM-dd} is outside it."));
        }
    }
}
