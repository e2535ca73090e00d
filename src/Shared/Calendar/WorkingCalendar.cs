using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// The center's working calendar: which days are worked (Monday–Friday, minus public holidays,
/// compensatory days and the administrator's days off, plus make-up working days), the working
/// hours, the cut-off, and the conversion between instants and center-local time.
/// </summary>
/// <remarks>
/// <para>The center is in Vietnam (UTC+7, no daylight saving time): every method works in
/// center-local wall-clock time, a <see cref="DateTime"/> whose <see cref="DateTime.Kind"/> is
/// <see cref="DateTimeKind.Unspecified"/> (UTC values are refused as a likely mistake). Convert
/// instants with <see cref="ToLocal"/>.</para>
/// <para>Immutable and thread-safe: each year is resolved once, on first use, into a table of
/// working days, so the per-day questions are array look-ups. Dates must lie in
/// 1900–2199 (the range of the lunar calendar); outside it methods throw
/// <see cref="ArgumentOutOfRangeException"/>.</para>
/// </remarks>
public sealed class WorkingCalendar : IWorkingCalendarSource
{
    private readonly CalendarYear?[] _years = new CalendarYear?[LunarCalendar.MaxSupportedDate.Year - LunarCalendar.MinSupportedDate.Year + 1];
    private readonly Dictionary<int, IReadOnlyList<DateOnly>> _lunarNewYearDays;
    private readonly Dictionary<int, DateOnly> _nationalDayAdjacentDays;
    private readonly ILookup<int, AdministrativeDayOff> _daysOff;
    private readonly ILookup<int, MakeUpWorkingDay> _makeUps;

    /// <summary>Builds a calendar; the options are validated and copied.</summary>
    /// <exception cref="InvalidCalendarOptionsException">The options are inconsistent (every problem is listed).</exception>
    public WorkingCalendar(WorkingCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Sessions = [.. options.Sessions];
        Options = options with
        {
            Sessions = Sessions,
            LunarNewYearDays = [.. (options.LunarNewYearDays ?? []).Select(t => t with { Days = [.. t.Days] })],
            NationalDayAdjacentDays = [.. options.NationalDayAdjacentDays ?? []],
            DaysOff = [.. options.DaysOff ?? []],
            MakeUpWorkingDays = [.. options.MakeUpWorkingDays ?? []],
        };
        _lunarNewYearDays = Options.LunarNewYearDays.ToDictionary(t => t.Year, t => t.Days);
        _nationalDayAdjacentDays = Options.NationalDayAdjacentDays.ToDictionary(d => d.Year);
        _daysOff = Options.DaysOff.ToLookup(d => d.Date.Year);
        _makeUps = Options.MakeUpWorkingDays.ToLookup(d => d.Date.Year);
    }

    /// <summary>A calendar with the regulation defaults and no overrides.</summary>
    public static WorkingCalendar Default { get; } = new(WorkingCalendarOptions.Default);

    /// <summary>A fixed calendar is its own source: it never changes.</summary>
    WorkingCalendar IWorkingCalendarSource.Current => this;

    /// <summary>The options (a private copy) this calendar was built from.</summary>
    public WorkingCalendarOptions Options { get; }

    /// <summary>The working sessions of a working day, in order.</summary>
    public IReadOnlyList<WorkingSession> Sessions { get; }

    /// <summary>The cut-off time of day; see <see cref="WorkingCalendarOptions.CutOff"/>.</summary>
    public TimeOnly CutOff => Options.CutOff;

    /// <summary>The time of day printed as the return time.</summary>
    public TimeOnly DefaultReturnTime => Options.DefaultReturnTime;

    /// <summary>When the working day ends (end of the last session).</summary>
    public TimeOnly EndOfWorkingDay => Sessions[^1].End;

    /// <summary>The center's offset from UTC.</summary>
    public TimeSpan UtcOffset => Options.UtcOffset;

    /// <summary>The center-local wall-clock time of an instant.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => DateTime.SpecifyKind(instant.ToOffset(UtcOffset).DateTime, DateTimeKind.Unspecified);

    /// <summary>The center-local wall-clock time now, from the injected clock.</summary>
    public DateTime LocalNow(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ToLocal(timeProvider.GetUtcNow());
    }

    /// <summary>The instant of a center-local wall-clock time.</summary>
    public DateTimeOffset ToInstant(DateTime local)
    {
        EnsureLocal(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), UtcOffset);
    }

    /// <summary>True if the center works on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => YearOf(date).IsWorkingDay(date);

    /// <summary>True if <paramref name="local"/> falls on a working day inside a working session (end exclusive).</summary>
    public bool IsWithinWorkingHours(DateTime local)
    {
        EnsureLocal(local);
        var date = DateOnly.FromDateTime(local);
        if (!IsWorkingDay(date))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local);
        foreach (var session in Sessions)
        {
            if (session.Contains(time))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var day = Step(date, 1);
        while (!IsWorkingDay(day))
        {
            day = Step(day, 1);
        }

        return day;
    }

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date)
    {
        var day = Step(date, -1);
        while (!IsWorkingDay(day))
        {
            day = Step(day, -1);
        }

        return day;
    }

    /// <summary>
    /// The day reached after <paramref name="workingDays"/> working days following
    /// <paramref name="start"/> (before it, if negative); <paramref name="start"/> itself is not
    /// counted, and 0 returns it unchanged. Monday + 1 = Tuesday; Friday + 1 = Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        LunarCalendar.EnsureSupported(start, nameof(start));
        var day = start;
        for (var i = 0; i < workingDays; i++)
        {
            day = NextWorkingDay(day);
        }

        for (var i = 0; i > workingDays; i--)
        {
            day = PreviousWorkingDay(day);
        }

        return day;
    }

    /// <summary>
    /// The days off of a year other than plain weekends, by date: public holidays (also those on a
    /// weekend), compensatory days and the administrator's days off, with their names. Days
    /// turned into make-up working days are left out.
    /// </summary>
    public IReadOnlyList<DayDescription> GetHolidays(int year)
    {
        if (year < LunarCalendar.MinSupportedDate.Year || year > LunarCalendar.MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The calendar covers {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}."));
        }

        return YearOf(new DateOnly(year, 1, 1)).DaysOff;
    }

    /// <summary>What <paramref name="date"/> is and why: working day, make-up day, weekend, holiday name or the administrator's reason.</summary>
    public DayDescription DescribeDay(DateOnly date) => YearOf(date).Describe(date);

    /// <summary>Like <see cref="DescribeDay"/>, but null for an ordinary working day (saves an allocation in loops).</summary>
    internal DayDescription? DescribeUnlessOrdinary(DateOnly date) => YearOf(date).DescribeUnlessOrdinary(date);

    private static DateOnly Step(DateOnly date, int days)
    {
        if ((days > 0 && date >= LunarCalendar.MaxSupportedDate) || (days < 0 && date <= LunarCalendar.MinSupportedDate))
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"The working calendar covers {LunarCalendar.MinSupportedDate:yyyy-MM-dd} to {LunarCalendar.MaxSupportedDate:yyyy-MM-dd}; counting went past its end."));
        }

        return date.AddDays(days);
    }

    private static void EnsureLocal(DateTime local)
    {
        if (local.Kind == DateTimeKind.Utc)
        {
            throw new ArgumentException("Expected a center-local time, got a UTC DateTime; convert the instant with ToLocal first.", nameof(local));
        }
    }

    private CalendarYear YearOf(DateOnly date)
    {
        LunarCalendar.EnsureSupported(date, nameof(date));
        var index = date.Year - LunarCalendar.MinSupportedDate.Year;
        var year = Volatile.Read(ref _years[index]);
        if (year is not null)
        {
            return year;
        }

        // Two threads may build the same year at once; both results are equal and one wins.
        var built = BuildYear(date.Year);
        return Interlocked.CompareExchange(ref _years[index], built, null) ?? built;
    }

    private CalendarYear BuildYear(int year)
    {
        var holidays = PublicHolidays.ForYear(
            year,
            _lunarNewYearDays.GetValueOrDefault(year),
            _nationalDayAdjacentDays.TryGetValue(year, out var adjacent) ? adjacent : null,
            Options.NationalDayRule);
        return new CalendarYear(year, holidays, _daysOff[year], _makeUps[year]);
    }
}
