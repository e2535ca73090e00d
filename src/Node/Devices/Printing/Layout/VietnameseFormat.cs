using System.Globalization;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>Dates and times the way Vietnamese forms write them (in the offset the value carries).</summary>
internal static class VietnameseFormat
{
    /// <summary>"Kon Tum, ngày 26 tháng 11 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {at.Day:00} tháng {at.Month:00} năm {at.Year}");

    /// <summary>"14 giờ 05 phút, ngày 26/11/2026".</summary>
    public static string HourMinuteDate(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Hour:00} giờ {at.Minute:00} phút, ngày {at.Day:00}/{at.Month:00}/{at.Year}");

    /// <summary>"26/11/2026".</summary>
    public static string Date(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Day:00}/{at.Month:00}/{at.Year}");

    /// <summary>"14:05 26/11/2026".</summary>
    public static string TimeAndDate(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Hour:00}:{at.Minute:00} {at.Day:00}/{at.Month:00}/{at.Year}");

    /// <summary>"khoảng 25 phút" / "khoảng 1 giờ 10 phút".</summary>
    public static string Duration(TimeSpan span)
    {
        var minutes = (int)Math.Ceiling(Math.Max(0, span.TotalMinutes));
        return minutes < 60
            ? string.Create(CultureInfo.InvariantCulture, $"khoảng {minutes} phút")
            : string.Create(CultureInfo.InvariantCulture, $"khoảng {minutes / 60} giờ {minutes % 60:00} phút");
    }
}
