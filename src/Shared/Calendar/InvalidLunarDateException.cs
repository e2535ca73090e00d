using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// A lunar date that does not exist was converted to a solar date: a 30th day of a 29-day month,
/// a leap month the year does not have, or numbers out of range. <see cref="Reason"/> says which.
/// </summary>
public sealed class InvalidLunarDateException : DomainException
{
    /// <param name="date">The date that does not exist.</param>
    /// <param name="reason">Why it does not exist.</param>
    /// <param name="detailEnglish">English explanation.</param>
    /// <param name="detailVietnamese">Vietnamese explanation.</param>
    public InvalidLunarDateException(LunarDate date, InvalidLunarDateReason reason, string detailEnglish, string detailVietnamese)
        : base(
            "calendar.invalid-lunar-date",
            string.Create(CultureInfo.InvariantCulture, $"Lunar date {date} does not exist: {detailEnglish}"),
            string.Create(CultureInfo.InvariantCulture, $"Ngày âm lịch {date.ToVietnameseString()} không tồn tại: {detailVietnamese}"))
    {
        Date = date;
        Reason = reason;
    }

    /// <summary>The lunar date that was refused.</summary>
    public LunarDate Date { get; }

    /// <summary>Why it was refused.</summary>
    public InvalidLunarDateReason Reason { get; }
}
