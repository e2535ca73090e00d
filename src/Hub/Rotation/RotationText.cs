using System.Globalization;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Rotation;

/// <summary>Vietnamese labels of the rotation screens.</summary>
public static class RotationText
{
    /// <summary>Weekdays in display order (Monday first, as on Vietnamese calendars).</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"Thứ Hai" … "Chủ nhật".</summary>
    public static string Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>"Sáng", "Chiều", "Cả ngày".</summary>
    public static string Coverage(HalfDayCoverage coverage) => coverage switch
    {
        HalfDayCoverage.Morning => "Sáng",
        HalfDayCoverage.Afternoon => "Chiều",
        _ => "Cả ngày",
    };

    /// <summary>"sáng" or "chiều".</summary>
    public static string Part(HalfDay part) => part == HalfDay.Morning ? "sáng" : "chiều";

    /// <summary>dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The days an entry applies to, e.g. "Thứ Hai, Thứ Tư; 01/12/2026".</summary>
    public static string Days(RotationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var days = Week.Where(entry.DaysOfWeek.Contains).Select(Day);
        var dates = entry.Dates.Select(Date);
        return string.Join("; ", new[] { string.Join(", ", days), string.Join(", ", dates) }.Where(s => s.Length > 0));
    }

    /// <summary>"từ 01/12/2026" or "01/12/2026 – 31/12/2026".</summary>
    public static string Validity(RotationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ValidTo is { } to ? Date(entry.ValidFrom) + " – " + Date(to) : "từ " + Date(entry.ValidFrom);
    }

    /// <summary>"Đủ người", "Công chức dự phòng", "Thiếu người (vắng mặt)", "Chưa có lịch".</summary>
    public static string Status(StaffingStatus status) => status switch
    {
        StaffingStatus.Staffed => "Đúng lịch",
        StaffingStatus.Reserve => "Công chức dự phòng",
        StaffingStatus.Absent => "Thiếu người (vắng mặt, chưa có dự phòng)",
        _ => "Chưa có lịch trực",
    };
}
