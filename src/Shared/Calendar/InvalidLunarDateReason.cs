namespace CounterNode.Shared.Calendar;

/// <summary>Why a <see cref="LunarDate"/> names no real day.</summary>
public enum InvalidLunarDateReason
{
    /// <summary>The month is not 1–12.</summary>
    MonthOutOfRange,

    /// <summary>The day is not 1–30.</summary>
    DayOutOfRange,

    /// <summary>The day is 30 but that month has 29 days (tháng thiếu).</summary>
    DayNotInMonth,

    /// <summary>A leap month was asked for, but that year has no leap month of that number.</summary>
    NoSuchLeapMonth,
}
