using System.Globalization;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Rotation;

/// <summary>Reads the editor's forms into mutation payloads; a field that cannot be read is refused with a Vietnamese message.</summary>
public static class RotationForms
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>A <c>rotation.put</c> payload. The department is the chosen officer's (an officer serves one department).</summary>
    public static RotationEntry Entry(IFormCollection form, RotationState state)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(state);
        var counter = Int(form, "counter", "số quầy");
        var officerId = Text(form, "officer");
        if (officerId.Length == 0)
            throw new InvalidRotationFormException("officer", "Vui lòng chọn công chức trực.");
        var department = state.Officers.TryGetValue(officerId, out var officer) ? officer.Department : string.Empty;
        if (department.Length == 0)
            throw new UnknownOfficerException(officerId);
        var days = form["days"].Where(d => d is not null).Select(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day) && Enum.IsDefined(day)
            ? day
            : throw new InvalidRotationFormException("days", "Thứ trong tuần không hợp lệ.")).ToArray();
        var dates = Text(form, "dates").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => ParseDate(d, "dates", "Ngày cụ thể phải có dạng ngày/tháng/năm, cách nhau bằng dấu phẩy.")).ToArray();
        var halves = Enum.TryParse<HalfDayCoverage>(Text(form, "halfDays"), ignoreCase: true, out var h) && Enum.IsDefined(h)
            ? h
            : throw new InvalidRotationFormException("halfDays", "Vui lòng chọn buổi trực.");
        var validFrom = Date(form, "validFrom", "ngày bắt đầu hiệu lực") ?? throw new InvalidRotationFormException("validFrom", "Vui lòng nhập ngày bắt đầu hiệu lực.");
        var id = Text(form, "id");
        return new RotationEntry(id.Length > 0 ? id : NewId("r"), counter, department, officerId, days, dates, halves, validFrom, Date(form, "validTo", "ngày hết hiệu lực"));
    }

    /// <summary>A <c>rotation.remove</c> payload.</summary>
    public static RemoveRotationEntryPayload Remove(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new RemoveRotationEntryPayload(Text(form, "id"), Int(form, "counter", "số quầy"));
    }

    /// <summary>An <c>absence.record</c> payload with a new id.</summary>
    public static RecordAbsencePayload Absence(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var from = Date(form, "fromDate", "ngày bắt đầu vắng") ?? throw new InvalidRotationFormException("fromDate", "Vui lòng nhập ngày bắt đầu vắng mặt.");
        var to = Date(form, "toDate", "ngày kết thúc vắng") ?? from;
        return new RecordAbsencePayload(NewId("v"), Text(form, "officer"), from, to, Text(form, "reason"),
            Emergency: form["emergency"].Any(v => v is "on" or "true"),
            FromPart: Part(form, "fromPart", HalfDay.Morning),
            ToPart: Part(form, "toPart", HalfDay.Afternoon));
    }

    /// <summary>An <c>absence.assign-reserve</c> payload.</summary>
    public static AssignReservePayload Reserve(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reserve = Text(form, "reserve");
        if (reserve.Length == 0)
            throw new InvalidRotationFormException("reserve", "Vui lòng chọn công chức dự phòng.");
        return new AssignReservePayload(Text(form, "absenceId"), reserve);
    }

    /// <summary>An <c>absence.cancel</c> payload.</summary>
    public static CancelAbsencePayload Cancel(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reason = Text(form, "reason");
        if (reason.Length == 0)
            throw new InvalidRotationFormException("reason", "Vui lòng ghi lý do hủy đăng ký vắng mặt.");
        return new CancelAbsencePayload(Text(form, "absenceId"), reason);
    }

    private static string NewId(string prefix) => prefix + "-" + Guid.CreateVersion7().ToString("N");

    private static string Text(IFormCollection form, string name) => (form[name].FirstOrDefault() ?? string.Empty).Trim();

    private static int Int(IFormCollection form, string name, string label) =>
        int.TryParse(Text(form, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidRotationFormException(name, $"Giá trị \"{label}\" không hợp lệ.");

    private static DateOnly? Date(IFormCollection form, string name, string label)
    {
        var text = Text(form, name);
        return text.Length == 0 ? null : ParseDate(text, name, $"Giá trị \"{label}\" phải là ngày/tháng/năm.");
    }

    private static DateOnly ParseDate(string text, string field, string message) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidRotationFormException(field, message);

    private static HalfDay Part(IFormCollection form, string name, HalfDay fallback)
    {
        var text = Text(form, name);
        if (text.Length == 0)
            return fallback;
        return Enum.TryParse<HalfDay>(text, ignoreCase: true, out var part) && Enum.IsDefined(part)
            ? part
            : throw new InvalidRotationFormException(name, "Buổi phải là sáng hoặc chiều.");
    }
}
