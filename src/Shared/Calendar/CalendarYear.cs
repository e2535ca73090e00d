namespace CounterNode.Shared.Calendar;

/// <summary>
/// One solar year of a <see cref="WorkingCalendar"/>, resolved once: which days are worked and
/// why the others are not. Built on first use of the year and then only read, so return-date
/// computations are array look-ups.
/// </summary>
internal sealed class CalendarYear
{
    private readonly bool[] _working;
    private readonly Dictionary<DateOnly, DayDescription> _special;

    public CalendarYear(
        int year,
        IReadOnlyList<PublicHoliday> holidays,
        IEnumerable<AdministrativeDayOff> daysOff,
        IEnumerable<MakeUpWorkingDay> makeUps)
    {
        Year = year;
        var first = new DateOnly(year, 1, 1);
        _working = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < _working.Length; i++)
        {
            _working[i] = PublicHolidays.IsWeekday(first.AddDays(i));
        }

        // Lowest precedence first; later writes win: administrator's day off, then holidays, then make-up days.
        _special = [];
        foreach (var off in daysOff)
        {
            Set(off.Date, new DayDescription(off.Date, DayStatus.AdministrativeDayOff, off.Reason.Trim(), "Day off (administrator): " + off.Reason.Trim()), working: false);
        }

        foreach (var holiday in holidays.Where(h => !_special.TryGetValue(h.Date, out var d) || d.Status != DayStatus.PublicHoliday))
        {
            var status = holiday.IsCompensatory ? DayStatus.CompensatoryDayOff : DayStatus.PublicHoliday;
            Set(holiday.Date, new DayDescription(holiday.Date, status, holiday.NameVietnamese, holiday.NameEnglish, holiday.Kind), working: false);
        }

        foreach (var makeUp in makeUps)
        {
            var reason = string.IsNullOrWhiteSpace(makeUp.Reason) ? "Ngày làm việc bù" : "Ngày làm việc bù: " + makeUp.Reason.Trim();
            Set(makeUp.Date, new DayDescription(makeUp.Date, DayStatus.MakeUpWorkingDay, reason, "Make-up working day"), working: true);
        }

        DaysOff = [.. _special.Values.Where(d => !d.IsWorkingDay).OrderBy(d => d.Date)];
    }

    /// <summary>The solar year.</summary>
    public int Year { get; }

    /// <summary>Holidays, compensatory days and administrator's days off that are in force, by date.</summary>
    public IReadOnlyList<DayDescription> DaysOff { get; }

    public bool IsWorkingDay(DateOnly date) => _working[date.DayOfYear - 1];

    /// <summary>Null for an ordinary working day (the common case, so no description is allocated); otherwise <see cref="Describe"/>.</summary>
    public DayDescription? DescribeUnlessOrdinary(DateOnly date) =>
        _working[date.DayOfYear - 1] && !_special.ContainsKey(date) ? null : Describe(date);

    public DayDescription Describe(DateOnly date)
    {
        if (_special.TryGetValue(date, out var special))
        {
            return special;
        }

        return PublicHolidays.IsWeekday(date)
            ? new DayDescription(date, DayStatus.WorkingDay, "Ngày làm việc", "Working day")
            : new DayDescription(date, DayStatus.Weekend, CalendarText.VietnameseWeekday(date.DayOfWeek), CalendarText.EnglishWeekday(date.DayOfWeek));
    }

    private void Set(DateOnly date, DayDescription description, bool working)
    {
        _special[date] = description;
        _working[date.DayOfYear - 1] = working;
    }
}
