using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Calendar;

/// <summary>
/// A year as the Hub's calendar in force sees it (for the page and <c>GET /board/api/calendar/{year}</c>):
/// every day that is not an ordinary working day, and the stored overrides that produced them.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="WorkingDays">How many days of the year are worked (make-up days included).</param>
/// <param name="SpecialDays">Every day that is not an ordinary working day, by date.</param>
/// <param name="Overrides">The administrator's overrides of the year as stored.</param>
public sealed record CalendarYearView(int Year, int WorkingDays, IReadOnlyList<CalendarDayView> SpecialDays, CalendarYearEntity Overrides)
{
    /// <summary>The concurrency token of <see cref="Overrides"/> (also the API's <c>ETag</c>); <c>absent</c> when the year was never edited.</summary>
    public string Token { get; init; } = CatalogueEntryToken.Absent;

    /// <summary>The view of <paramref name="year"/> under <paramref name="calendar"/>.</summary>
    public static CalendarYearView Of(int year, WorkingCalendar calendar, CalendarYearEntity overrides)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var special = new List<CalendarDayView>();
        var working = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var d = calendar.DescribeDay(day);
            if (d.IsWorkingDay)
                working++;
            if (d.Status != DayStatus.WorkingDay)
                special.Add(new CalendarDayView(day, d.Status, d.Vietnamese));
        }

        return new CalendarYearView(year, working, special, overrides);
    }

    /// <summary>The Vietnamese name of a status, as the page's legend shows it.</summary>
    public static string StatusName(DayStatus status) => status switch
    {
        DayStatus.WorkingDay => "Ngày làm việc",
        DayStatus.MakeUpWorkingDay => "Ngày làm việc bù",
        DayStatus.PublicHoliday => "Ngày lễ, Tết",
        DayStatus.CompensatoryDayOff => "Nghỉ bù",
        DayStatus.AdministrativeDayOff => "Ngày nghỉ theo thông báo",
        DayStatus.Weekend => "Nghỉ cuối tuần",
        _ => status.ToString(),
    };
}
