using System.Text;
using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// Builds the center's <see cref="WorkingCalendar"/> from the synced catalogue: the hours and
/// cut-off of <c>catalogue.center</c> plus the overrides of every <c>catalogue.calendar-year</c>.
/// The same function runs at the Hub, on every node and inside shared mutators, so they all
/// decide with the same calendar. It never fails: a part that cannot be used (a center whose
/// cut-off lies outside its hours, an override that a newer rule refuses) is dropped in favour of
/// the regulation's default, and reported in <see cref="CatalogueCalendarBuild.Problems"/>.
/// </summary>
public static class CatalogueCalendar
{
    private static volatile CachedCalendar? s_lastFromEntities;

    /// <summary>The options of the center's hours (defaults when <paramref name="center"/> is null).</summary>
    public static WorkingCalendarOptions HoursOf(CenterEntity? center)
    {
        if (center is null)
            return WorkingCalendarOptions.Default;
        var sessions = center.WorkingHours.Select(p => new WorkingSession(p.Start, p.End)).ToList();
        var cutOff = CatalogueTime.Parse(center.CutOff);
        var returnTime = WorkingCalendarOptions.Default.DefaultReturnTime;

        // The printed return time (16:00) must lie in the hours; a center that closes earlier prints its cut-off.
        if (!sessions.Any(s => returnTime >= s.Start && returnTime <= s.End))
            returnTime = cutOff;
        return WorkingCalendarOptions.Default with { Sessions = sessions, CutOff = cutOff, DefaultReturnTime = returnTime };
    }

    /// <summary>The calendar of a catalogue, falling back part by part to the regulation's defaults.</summary>
    public static CatalogueCalendarBuild Build(CenterEntity? center, IEnumerable<CalendarYearEntity> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var problems = new List<CalendarOptionsProblem>();
        WorkingCalendarOptions hours;
        try
        {
            hours = HoursOf(center);
            var hourProblems = hours.FindProblems();
            if (hourProblems.Count > 0)
            {
                problems.AddRange(hourProblems);
                hours = WorkingCalendarOptions.Default;
            }
        }
        catch (FormatException ex)
        {
            problems.Add(new CalendarOptionsProblem($"the center's hours cannot be read: {ex.Message}", "không đọc được giờ làm việc của Trung tâm"));
            hours = WorkingCalendarOptions.Default;
        }

        // Each year is checked on its own so one bad year does not take the others down.
        var usable = new List<CalendarYearEntity>();
        foreach (var year in years.Where(y => y is not null).OrderBy(y => y.Year))
        {
            var yearProblems = CalendarYearRules.FindProblems(year);
            if (yearProblems.Count == 0)
                usable.Add(year);
            else
                problems.AddRange(yearProblems);
        }

        try
        {
            return new CatalogueCalendarBuild(new WorkingCalendar(CalendarYearRules.ToOptions(hours, usable)), problems);
        }
        catch (InvalidCalendarOptionsException ex)
        {
            // Each part was valid alone; should a future rule make them clash, work on the defaults.
            problems.AddRange(ex.Problems);
            return new CatalogueCalendarBuild(WorkingCalendar.Default, problems);
        }
    }

    /// <summary>
    /// The calendar as a mutator sees it in <paramref name="entities"/> (the Hub's state or a
    /// node's replica): the center record and the overrides of the years around
    /// <paramref name="date"/> (the year before and after too, since counting working days may
    /// cross New Year). The last result is cached by content, so repeated applies are cheap.
    /// </summary>
    public static WorkingCalendar FromEntities(IEntitySession entities, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var center = entities.Get(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId);
        var key = new StringBuilder(center?.Data.GetRawText() ?? "-");
        var years = new List<JsonElement>(3);
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            var entity = entities.Get(CatalogueEntityTypes.CalendarYear, CalendarYearRules.IdOf(year));
            key.Append('|').Append(entity?.Data.GetRawText() ?? "-");
            if (entity is not null)
                years.Add(entity.Data);
        }

        var text = key.ToString();
        if (s_lastFromEntities is { } cached && string.Equals(cached.Key, text, StringComparison.Ordinal))
            return cached.Calendar;
        var calendar = Build(Read<CenterEntity>(center?.Data), years.Select(y => Read<CalendarYearEntity>(y)).OfType<CalendarYearEntity>()).Calendar;
        s_lastFromEntities = new CachedCalendar(text, calendar);
        return calendar;
    }

    private static T? Read<T>(JsonElement? data)
        where T : class
    {
        if (data is not { } element)
            return null;
        try
        {
            return element.Deserialize<T>(MutatorJson.Options);
        }
        catch (JsonException)
        {
            // A shape this version cannot read is ignored like a missing entry (defaults apply).
            return null;
        }
    }

    private sealed record CachedCalendar(string Key, WorkingCalendar Calendar);
}
