using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="Year"/> is the lunar year
/// that starts at Tết: lunar 1/1/2026 is 17 February 2026, and the days of January 2026 before
/// it belong to lunar year 2025. A leap month (tháng nhuận) repeats the number of the month
/// before it and is flagged with <see cref="IsLeapMonth"/>.
/// </summary>
/// <remarks>
/// The struct accepts any numbers; whether they name a real day is checked by
/// <see cref="LunarCalendar.ToSolar(LunarDate)"/>, which explains what is wrong
/// (<see cref="InvalidLunarDateException"/>).
/// </remarks>
/// <param name="Year">Lunar year (the Gregorian year in which its Tết falls).</param>
/// <param name="Month">Month 1–12.</param>
/// <param name="Day">Day 1–29 or 1–30.</param>
/// <param name="IsLeapMonth">True for the leap month that follows the regular month of the same number.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>Invariant form for logs: <c>2020-04-10</c>, leap month <c>2020-04L-10</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}{(IsLeapMonth ? "L" : string.Empty)}-{Day:D2}");

    /// <summary>Vietnamese form for screens and paper: <c>ngày 10 tháng 3 năm 2024</c>, <c>ngày 1 tháng 4 nhuận năm 2020</c>.</summary>
    public string ToVietnameseString() =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {Day} tháng {Month}{(IsLeapMonth ? " nhuận" : string.Empty)} năm {Year}");
}
