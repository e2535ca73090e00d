using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// The working half-days of a <see cref="WorkingCalendar"/>: the first session of a working day
/// is its morning, the last its afternoon (a calendar with one session has mornings only).
/// All times are center-local wall-clock times (Vietnam, UTC+7).
/// </summary>
public static class WorkingHalfDays
{
    /// <summary>The session of <paramref name="part"/>, or null when the calendar has no such session.</summary>
    public static WorkingSession? SessionOf(WorkingCalendar calendar, HalfDay part)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return part == HalfDay.Morning ? calendar.Sessions[0] : calendar.Sessions.Count >= 2 ? calendar.Sessions[^1] : null;
    }

    /// <summary>True when <paramref name="halfDay"/> is worked (working day, and the calendar has that session).</summary>
    public static bool IsWorking(WorkingCalendar calendar, WorkingHalfDay halfDay) =>
        SessionOf(calendar, halfDay.Part) is not null && calendar.IsWorkingDay(halfDay.Date);

    /// <summary>When a half-day starts (center-local).</summary>
    /// <exception cref="ArgumentException">The calendar has no session for that part.</exception>
    public static DateTime StartOf(WorkingCalendar calendar, WorkingHalfDay halfDay) =>
        halfDay.Date.ToDateTime(Session(calendar, halfDay.Part).Start);

    /// <summary>When a half-day ends (center-local, exclusive).</summary>
    /// <exception cref="ArgumentException">The calendar has no session for that part.</exception>
    public static DateTime EndOf(WorkingCalendar calendar, WorkingHalfDay halfDay) =>
        halfDay.Date.ToDateTime(Session(calendar, halfDay.Part).End);

    /// <summary>The working half-day in progress at <paramref name="local"/>, or null (break, night, day off).</summary>
    public static WorkingHalfDay? Containing(WorkingCalendar calendar, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = DateOnly.FromDateTime(local);
        if (!calendar.IsWorkingDay(date))
            return null;
        var time = TimeOnly.FromDateTime(local);
        foreach (var part in Parts)
        {
            if (SessionOf(calendar, part) is { } session && session.Contains(time))
                return new WorkingHalfDay(date, part);
        }

        return null;
    }

    /// <summary>
    /// The half-day a counter is set up for at <paramref name="local"/>: the one in progress, else
    /// the next one to start. So during the lunch break a shared counter already shows the
    /// afternoon's department, and overnight the next morning's.
    /// </summary>
    public static WorkingHalfDay EffectiveAt(WorkingCalendar calendar, DateTime local) =>
        Containing(calendar, local) ?? NextStartingAfter(calendar, local);

    /// <summary>The first working half-day that starts strictly after <paramref name="local"/>.</summary>
    public static WorkingHalfDay NextStartingAfter(WorkingCalendar calendar, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = DateOnly.FromDateTime(local);
        if (calendar.IsWorkingDay(date))
        {
            var time = TimeOnly.FromDateTime(local);
            foreach (var part in Parts)
            {
                if (SessionOf(calendar, part) is { } session && session.Start > time)
                    return new WorkingHalfDay(date, part);
            }
        }

        return new WorkingHalfDay(calendar.NextWorkingDay(date), HalfDay.Morning);
    }

    /// <summary>The working half-day after <paramref name="halfDay"/>.</summary>
    public static WorkingHalfDay Next(WorkingCalendar calendar, WorkingHalfDay halfDay)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (halfDay.Part == HalfDay.Morning && SessionOf(calendar, HalfDay.Afternoon) is not null && calendar.IsWorkingDay(halfDay.Date))
            return halfDay with { Part = HalfDay.Afternoon };
        return new WorkingHalfDay(calendar.NextWorkingDay(halfDay.Date), HalfDay.Morning);
    }

    /// <summary>Every working half-day from <paramref name="from"/> to <paramref name="to"/> (dates inclusive), in order.</summary>
    public static IEnumerable<WorkingHalfDay> Between(WorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (!calendar.IsWorkingDay(date))
                continue;
            foreach (var part in Parts)
            {
                if (SessionOf(calendar, part) is not null)
                    yield return new WorkingHalfDay(date, part);
            }
        }
    }

    private static readonly HalfDay[] Parts = [HalfDay.Morning, HalfDay.Afternoon];

    private static WorkingSession Session(WorkingCalendar calendar, HalfDay part) =>
        SessionOf(calendar, part) ?? throw new ArgumentException($"The calendar has no {part} session.", nameof(part));
}
