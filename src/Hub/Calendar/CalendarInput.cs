using System.Globalization;

namespace CounterNode.Hub.Calendar;

/// <summary>Reads the dates typed in the calendar page and sent to its API: <c>yyyy-MM-dd</c> (date inputs, JSON) or <c>dd/MM/yyyy</c>.</summary>
public static class CalendarInput
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>A required date.</summary>
    /// <exception cref="InvalidCalendarInputException">Missing or not a date.</exception>
    public static DateOnly Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidCalendarInputException(field, "is required.", "Vui lòng chọn ngày.");
        if (!DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new InvalidCalendarInputException(field, "must be a date as yyyy-MM-dd or dd/MM/yyyy.", $"\"{text.Trim()}\" không phải là ngày hợp lệ (nhập dạng dd/MM/yyyy, ví dụ 20/11/2026).");
        return date;
    }

    /// <summary>A year, e.g. from <c>?year=</c>; <paramref name="fallback"/> when missing.</summary>
    /// <exception cref="InvalidCalendarInputException">Not a number.</exception>
    public static int Year(string? text, int fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new InvalidCalendarInputException("year", "must be a number.", $"Năm \"{text.Trim()}\" không hợp lệ.");
    }

    /// <summary>A list of dates separated by commas, semicolons, spaces or new lines (empty is allowed).</summary>
    public static IReadOnlyList<DateOnly> Dates(string field, IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return [.. texts.SelectMany(t => (t ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Select(t => Date(field, t))];
    }
}
