namespace CounterNode.Shared.Calendar;

/// <summary>
/// The astronomy of Hồ Ngọc Đức's lunar calendar algorithm ("amlich"), ported line for line
/// from his published reference code so results can be compared with his tables. New moons use
/// the series of Jean Meeus, <i>Astronomical Algorithms</i> (truncated as in the reference);
/// the sun's longitude uses the low-precision formula of the same book. Days are Julian Day
/// Numbers (integers; a day runs from local midnight); time zones are hours east of UTC.
/// </summary>
/// <remarks>
/// The truncations are deliberate: the Vietnamese calendar published from this algorithm is the
/// reference, so a "more accurate" series would disagree with it on borderline days.
/// </remarks>
internal static class LunarAstronomy
{
    /// <summary>Julian Day Number of 0001-01-01 minus <see cref="DateOnly.DayNumber"/> of it.</summary>
    public const int JulianDayOffset = 1721426;

    private const double DegreesToRadians = Math.PI / 180;

    /// <summary>Mean length of a synodic month in days, as used by the reference code.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian Day Number of a Gregorian date.</summary>
    public static int JulianDayNumber(DateOnly date) => date.DayNumber + JulianDayOffset;

    /// <summary>Gregorian date of a Julian Day Number.</summary>
    public static DateOnly DateOfJulianDay(int julianDayNumber) => DateOnly.FromDayNumber(julianDayNumber - JulianDayOffset);

    /// <summary>
    /// The instant (Julian Day, UTC, fractional) of the <paramref name="k"/>-th new moon after the
    /// one of 1900-01-01 (k = 0).
    /// </summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries from 1900 January 0.5
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = DegreesToRadians;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr); // mean new moon
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3); // sun's mean anomaly
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3); // moon's mean anomaly
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3); // moon's argument of latitude
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, in [0, 2π), at Julian Day <paramref name="julianDay"/> (UTC).</summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UTC
        var t2 = t * t;
        const double dr = DegreesToRadians;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2); // mean anomaly
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2); // mean longitude
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr; // true longitude
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>
    /// The sector (0–11, 30° each; 9 = from the winter solstice) of the sun's longitude at the
    /// local midnight that starts day <paramref name="julianDayNumber"/>.
    /// </summary>
    public static int SunLongitudeSector(int julianDayNumber, double timeZoneHours) =>
        (int)Math.Floor(SunLongitude(julianDayNumber - 0.5 - (timeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The local day (Julian Day Number) on which the <paramref name="k"/>-th new moon falls.</summary>
    public static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24));

    /// <summary>
    /// The first day of lunar month 11 (the month that holds the winter solstice) that starts in
    /// Gregorian year <paramref name="year"/>.
    /// </summary>
    public static int LunarMonth11(int year, double timeZoneHours)
    {
        var off = JulianDayNumber(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k, timeZoneHours);
        // Sector 9 or more at the new moon: the solstice is already past, so month 11 began a moon earlier.
        return SunLongitudeSector(newMoon, timeZoneHours) >= 9 ? NewMoonDay(k - 1, timeZoneHours) : newMoon;
    }

    /// <summary>
    /// In a 13-month lunar year starting at month 11 = <paramref name="month11Start"/>, the index
    /// (1-based count of months after month 11) of the leap month: the first month in which the
    /// sun enters no new sector (the month without a principal solar term).
    /// </summary>
    public static int LeapMonthOffset(int month11Start, double timeZoneHours)
    {
        var k = MonthIndexOf(month11Start);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        }
        while (arc != last && i < 14);
        return i - 1;
    }

    /// <summary>The new-moon count <c>k</c> of the month starting on <paramref name="monthStart"/>.</summary>
    public static int MonthIndexOf(int monthStart) => (int)Math.Floor(((monthStart - 2415021.076998695) / SynodicMonth) + 0.5);
}
