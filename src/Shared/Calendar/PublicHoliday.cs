using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// One day off of a public holiday: either the holiday itself (which may fall on a weekend) or
/// the compensatory day off (ngày nghỉ bù) it gives when it falls on a weekly rest day
/// (Labour Code 2019, Article 111.3).
/// </summary>
/// <param name="Date">The day off.</param>
/// <param name="Kind">Which holiday.</param>
/// <param name="CompensatesFor">For a compensatory day: the weekend day of the holiday it replaces; otherwise null.</param>
public sealed record PublicHoliday(DateOnly Date, HolidayKind Kind, DateOnly? CompensatesFor = null)
{
    /// <summary>True for a compensatory day off (nghỉ bù).</summary>
    public bool IsCompensatory => CompensatesFor is not null;

    /// <summary>Vietnamese name, e.g. <c>Quốc khánh</c> or <c>Nghỉ bù Quốc khánh</c>.</summary>
    public string NameVietnamese => IsCompensatory ? "Nghỉ bù " + HolidayNames.Vietnamese(Kind) : HolidayNames.Vietnamese(Kind);

    /// <summary>English name, e.g. <c>National Day</c> or <c>Compensatory day off for National Day</c>.</summary>
    public string NameEnglish => IsCompensatory ? "Compensatory day off for " + HolidayNames.English(Kind) : HolidayNames.English(Kind);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {NameEnglish}");
}
