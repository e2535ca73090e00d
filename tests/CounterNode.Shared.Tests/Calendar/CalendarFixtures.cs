using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Tests.Calendar;

/// <summary>Calendars and instants shared by the calendar tests.</summary>
internal static class CalendarFixtures
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>A swap like the yearly notices make: Tuesday 28/4/2026 off, Saturday 25/4/2026 worked.</summary>
    public static readonly WorkingCalendarOptions SwapOptions = new()
    {
        DaysOff = [new AdministrativeDayOff(new DateOnly(2026, 4, 28), "Nghỉ hoán đổi, làm bù Thứ Bảy 25/04/2026")],
        MakeUpWorkingDays = [new MakeUpWorkingDay(new DateOnly(2026, 4, 25), "Làm bù cho Thứ Ba 28/04/2026")],
    };

    /// <summary>The announced Tết 2026 break: Saturday 14/2 to Sunday 22/2.</summary>
    public static readonly WorkingCalendarOptions AnnouncedTet2026 = new()
    {
        LunarNewYearDays = [new LunarNewYearOverride(2026, [.. Enumerable.Range(0, 9).Select(i => new DateOnly(2026, 2, 14).AddDays(i))])],
    };

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, Vietnam);
}
