namespace CounterNode.Shared.Calendar;

/// <summary>Names of the public holidays: Vietnamese (with full diacritics) for screens and paper, English for logs.</summary>
public static class HolidayNames
{
    /// <summary>The Vietnamese name, e.g. <c>Tết Nguyên đán</c>.</summary>
    public static string Vietnamese(HolidayKind kind) => kind switch
    {
        HolidayKind.NewYear => "Tết Dương lịch",
        HolidayKind.LunarNewYear => "Tết Nguyên đán",
        HolidayKind.HungKings => "Giỗ Tổ Hùng Vương",
        HolidayKind.VictoryDay => "Ngày Chiến thắng",
        HolidayKind.LabourDay => "Ngày Quốc tế Lao động",
        HolidayKind.NationalDay => "Quốc khánh",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday."),
    };

    /// <summary>The English name, e.g. <c>Lunar New Year</c>.</summary>
    public static string English(HolidayKind kind) => kind switch
    {
        HolidayKind.NewYear => "New Year's Day",
        HolidayKind.LunarNewYear => "Lunar New Year",
        HolidayKind.HungKings => "Hung Kings' Commemoration Day",
        HolidayKind.VictoryDay => "Victory Day",
        HolidayKind.LabourDay => "International Labour Day",
        HolidayKind.NationalDay => "National Day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday."),
    };
}
