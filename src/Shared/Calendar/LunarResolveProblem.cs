namespace CounterNode.Shared.Calendar;

/// <summary>
/// Why <see cref="LunarCalendarEngine"/> found no solar day for a lunar date. The values are
/// negative so the resolver can return either a Julian Day or a problem without allocating.
/// </summary>
internal enum LunarResolveProblem
{
    /// <summary>The lunar year is outside the table.</summary>
    YearOutOfRange = -1,

    /// <summary>The month is not 1–12.</summary>
    MonthOutOfRange = -2,

    /// <summary>The year has no such leap month.</summary>
    NoSuchLeapMonth = -3,

    /// <summary>The day is not 1–30.</summary>
    DayOutOfRange = -4,

    /// <summary>Day 30 of a 29-day month.</summary>
    DayNotInMonth = -5,

    /// <summary>The day exists but its solar date is outside 1900–2199.</summary>
    SolarOutOfRange = -6,
}
