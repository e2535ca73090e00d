using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// Fixed, culture-independent formatting of days and times for receipts and logs: dates are
/// <c>dd/MM/yyyy</c>, times <c>HH:mm</c>, weekdays in Vietnamese ("Thứ Hai" … "Chủ nhật") or
/// English. Never depends on the machine's culture, so a receipt prints the same everywhere.
/// </summary>
public static class CalendarText
{
    /// <summary>Vietnamese weekday name: <c>Thứ Hai</c>, …, <c>Thứ Bảy</c>, <c>Chủ nhật</c>.</summary>
    public static string VietnameseWeekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Unknown weekday."),
    };

    /// <summary>English weekday name (invariant): <c>Monday</c> …</summary>
    public static string EnglishWeekday(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    /// <summary><c>dd/MM/yyyy</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>HH:mm</c>, or <c>HH:mm:ss</c> when the time has seconds.</summary>
    public static string Time(TimeOnly time) =>
        time.ToString(time.Second == 0 && time.Millisecond == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>Thứ Hai 02/02/2026</c>.</summary>
    public static string VietnameseDay(DateOnly date) => VietnameseWeekday(date.DayOfWeek) + " " + Date(date);

    /// <summary><c>Monday 02/02/2026</c>.</summary>
    public static string EnglishDay(DateOnly date) => EnglishWeekday(date.DayOfWeek) + " " + Date(date);

    /// <summary>
    /// A span of days, as short as stays unambiguous: <c>07/02/2026</c>, <c>07–08/02/2026</c>,
    /// <c>30/01–02/02/2026</c>, <c>31/12/2025–01/01/2026</c>.
    /// </summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        var i = CultureInfo.InvariantCulture;
        if (from == to)
        {
            return Date(from);
        }

        if (from.Year != to.Year)
        {
            return Date(from) + "–" + Date(to);
        }

        return from.Month == to.Month
            ? from.ToString("dd", i) + "–" + Date(to)
            : from.ToString("dd/MM", i) + "–" + Date(to);
    }
}
