namespace CounterNode.Shared.Calendar;

/// <summary>The public holidays of the Labour Code 2019, Article 112.1.</summary>
public enum HolidayKind
{
    /// <summary>Tết Dương lịch, 1 January (1 day).</summary>
    NewYear,

    /// <summary>Tết Nguyên đán, the Lunar New Year (5 days).</summary>
    LunarNewYear,

    /// <summary>Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month (1 day).</summary>
    HungKings,

    /// <summary>Ngày Chiến thắng, 30 April (1 day).</summary>
    VictoryDay,

    /// <summary>Ngày Quốc tế Lao động, 1 May (1 day).</summary>
    LabourDay,

    /// <summary>Quốc khánh, 2 September and one adjacent day (2 days).</summary>
    NationalDay,
}
