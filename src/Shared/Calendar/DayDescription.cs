namespace CounterNode.Shared.Calendar;

/// <summary>
/// What a date is for the center and why: a working day, or a day off with the reason a screen
/// or receipt can show (weekend, holiday name, administrator's reason).
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Status">What kind of day it is.</param>
/// <param name="Vietnamese">The reason in Vietnamese, e.g. <c>Tết Nguyên đán</c>, <c>Chủ nhật</c>, <c>Nghỉ bù Quốc khánh</c>.</param>
/// <param name="English">The reason in English, for logs.</param>
/// <param name="Holiday">The holiday, for public holidays and compensatory days.</param>
public sealed record DayDescription(DateOnly Date, DayStatus Status, string Vietnamese, string English, HolidayKind? Holiday = null)
{
    /// <summary>True if the center works that day (ordinary or make-up working day).</summary>
    public bool IsWorkingDay => Status is DayStatus.WorkingDay or DayStatus.MakeUpWorkingDay;
}
