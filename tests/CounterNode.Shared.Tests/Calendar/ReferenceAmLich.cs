using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Tests.Calendar;

/// <summary>
/// A straight port of Hồ Ngọc Đức's reference functions convertSolar2Lunar and
/// convertLunar2Solar (amlich.js), recomputing everything on every call. It is the oracle for
/// the table-based <see cref="LunarCalendar"/>: the table must give the same answers for every day.
/// </summary>
internal static class ReferenceAmLich
{
    public static LunarDate SolarToLunar(DateOnly date, double timeZone)
    {
        var dayNumber = LunarAstronomy.JulianDayNumber(date);
        var k = (int)Math.Floor((dayNumber - 2415021.076998695) / 29.530588853);
        var monthStart = LunarAstronomy.NewMoonDay(k + 1, timeZone);
        if (monthStart > dayNumber)
        {
            monthStart = LunarAstronomy.NewMoonDay(k, timeZone);
        }

        // The published code steps back only once. On 2054-05-07 and 2062-04-09 (the 30th day of
        // a 30-day month) its estimate k is one month too far and it answers "day 0" of the next
        // month; the second step back below is the only change to the reference.
        if (monthStart > dayNumber)
        {
            monthStart = LunarAstronomy.NewMoonDay(k - 1, timeZone);
        }

        var a11 = LunarAstronomy.LunarMonth11(date.Year, timeZone);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarAstronomy.LunarMonth11(date.Year - 1, timeZone);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarAstronomy.LunarMonth11(date.Year + 1, timeZone);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var leap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LunarAstronomy.LeapMonthOffset(a11, timeZone);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /// <summary>The solar date, or null where the reference returns its "no such leap month" marker.</summary>
    public static DateOnly? LunarToSolar(LunarDate lunar, double timeZone)
    {
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarAstronomy.LunarMonth11(lunar.Year - 1, timeZone);
            b11 = LunarAstronomy.LunarMonth11(lunar.Year, timeZone);
        }
        else
        {
            a11 = LunarAstronomy.LunarMonth11(lunar.Year, timeZone);
            b11 = LunarAstronomy.LunarMonth11(lunar.Year + 1, timeZone);
        }

        var k = (int)Math.Floor(0.5 + ((a11 - 2415021.076998695) / 29.530588853));
        var off = lunar.Month - 11;
        if (off < 0)
        {
            off += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOff = LunarAstronomy.LeapMonthOffset(a11, timeZone);
            var leapMonth = leapOff - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.IsLeapMonth || off >= leapOff)
            {
                off += 1;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }

        var monthStart = LunarAstronomy.NewMoonDay(k + off, timeZone);
        return LunarAstronomy.DateOfJulianDay(monthStart + lunar.Day - 1);
    }
}
