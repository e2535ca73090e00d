using System.Globalization;
using System.Text;
using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Catalogue;

/// <summary>
/// Validation and canonical form of <see cref="CalendarYearEntity"/>, shared by the
/// <c>catalogue.put</c> mutator (Hub and replay) and the Hub's calendar page. The consistency
/// rules are those of <see cref="WorkingCalendarOptions.FindProblems"/> (duplicates, a make-up day
/// that is already a working day, Tết days far from Lunar New Year, a National Day adjacent day
/// other than 1/3 September…); on top of them a day off must fall on a day that would otherwise be
/// worked (declaring a holiday or a Sunday "off" is a mistake the administrator should see), every
/// date must lie in the entity's year, and reasons are bounded. Every problem is reported at once.
/// </summary>
public static class CalendarYearRules
{
    /// <summary>Longest reason of a day off or make-up day.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>The entity id of a year (<c>2026</c>).</summary>
    public static string IdOf(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads, validates and canonicalises the JSON state of a <c>catalogue.calendar-year</c> entry.</summary>
    /// <exception cref="InvalidCatalogueEntryException">The id or the JSON shape is wrong.</exception>
    /// <exception cref="InvalidCalendarOptionsException">The overrides are inconsistent (every problem listed).</exception>
    public static CalendarYearEntity Normalise(string id, JsonElement data)
    {
        CalendarYearEntity? entry;
        try
        {
            entry = data.Deserialize<CalendarYearEntity>(MutatorJson.Options);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "data" : ex.Path.TrimStart('$', '.');
            throw new InvalidCatalogueEntryException(CatalogueEntityTypes.CalendarYear, id, field,
                "is missing or has the wrong JSON type (dates are yyyy-MM-dd).", "thiếu hoặc sai kiểu dữ liệu (ngày có dạng yyyy-MM-dd).");
        }

        if (entry is null)
            throw new InvalidCatalogueEntryException(CatalogueEntityTypes.CalendarYear, id, "data", "is empty.", "không có dữ liệu.");
        if (!string.Equals(id, IdOf(entry.Year), StringComparison.Ordinal))
            throw new InvalidCatalogueEntryException(CatalogueEntityTypes.CalendarYear, id, "year",
                $"'{entry.Year}' differs from the entry id '{id}'.", $"năm {entry.Year} khác với mã của mục \"{id}\".");
        return Normalise(entry);
    }

    /// <summary>Validates an entry and returns its canonical form.</summary>
    /// <exception cref="InvalidCalendarOptionsException">The overrides are inconsistent (every problem listed).</exception>
    public static CalendarYearEntity Normalise(CalendarYearEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = Canonical(entry);
        var problems = FindProblems(canonical);
        if (problems.Count > 0)
            throw new InvalidCalendarOptionsException(problems);
        return canonical;
    }

    /// <summary>Every problem of an entry (empty when valid). Reasons are compared after trimming.</summary>
    public static IReadOnlyList<CalendarOptionsProblem> FindProblems(CalendarYearEntity entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = Canonical(entry);
        var problems = new List<CalendarOptionsProblem>();
        var year = canonical.Year;
        if (year < LunarCalendar.MinSupportedDate.Year || year > LunarCalendar.MaxSupportedDate.Year)
        {
            Add(problems, $"the year {year} is outside {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}",
                $"năm {year} nằm ngoài phạm vi {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}");
            return problems;
        }

        CheckDates(canonical, problems);
        CheckReasons(canonical, problems);
        if (problems.Count > 0)
            return problems;

        // Days off must replace working days: check them against the year WITHOUT the days off and make-ups.
        var holidaysOnly = WorkingCalendarOptions.Default with
        {
            LunarNewYearDays = canonical.LunarNewYearDays is { Count: > 0 } tet ? [new LunarNewYearOverride(year, tet)] : [],
            NationalDayAdjacentDays = canonical.NationalDayAdjacentDay is { } adjacent ? [adjacent] : [],
        };
        var holidayProblems = holidaysOnly.FindProblems();
        if (holidayProblems.Count == 0)
        {
            var calendar = new WorkingCalendar(holidaysOnly);
            foreach (var off in canonical.DaysOff!.DistinctBy(d => d.Date))
            {
                var day = calendar.DescribeDay(off.Date);
                if (!day.IsWorkingDay)
                {
                    Add(problems, $"day off {CalendarText.EnglishDay(off.Date)} is already a day off ({day.English})",
                        $"ngày {CalendarText.VietnameseDay(off.Date)} đã là ngày nghỉ ({day.Vietnamese}), không cần khai báo ngày nghỉ");
                }
            }
        }

        problems.AddRange(ToOptions(WorkingCalendarOptions.Default, [canonical]).FindProblems());
        return problems;
    }

    /// <summary>
    /// <paramref name="baseOptions"/> (hours, cut-off) with the overrides of <paramref name="years"/>
    /// added. Entries are taken as stored (canonical); one entry per year is assumed (entity ids are unique).
    /// </summary>
    public static WorkingCalendarOptions ToOptions(WorkingCalendarOptions baseOptions, IEnumerable<CalendarYearEntity> years)
    {
        ArgumentNullException.ThrowIfNull(baseOptions);
        ArgumentNullException.ThrowIfNull(years);
        var list = years.OrderBy(y => y.Year).ToList();
        return baseOptions with
        {
            LunarNewYearDays = [.. baseOptions.LunarNewYearDays, .. list.Where(y => y.LunarNewYearDays is { Count: > 0 }).Select(y => new LunarNewYearOverride(y.Year, y.LunarNewYearDays!))],
            NationalDayAdjacentDays = [.. baseOptions.NationalDayAdjacentDays, .. list.Where(y => y.NationalDayAdjacentDay is not null).Select(y => y.NationalDayAdjacentDay!.Value)],
            DaysOff = [.. baseOptions.DaysOff, .. list.SelectMany(y => y.DaysOff ?? [])],
            MakeUpWorkingDays = [.. baseOptions.MakeUpWorkingDays, .. list.SelectMany(y => y.MakeUpWorkingDays ?? [])],
        };
    }

    private static CalendarYearEntity Canonical(CalendarYearEntity entry) => new(
        entry.Year,
        [.. (entry.DaysOff ?? []).Select(d => d is null ? null! : d with { Reason = Text(d.Reason) ?? string.Empty }).OrderBy(d => d?.Date)],
        [.. (entry.MakeUpWorkingDays ?? []).Select(d => d is null ? null! : d with { Reason = Text(d.Reason) }).OrderBy(d => d?.Date)],
        [.. (entry.LunarNewYearDays ?? []).Order()],
        entry.NationalDayAdjacentDay);

    private static string? Text(string? text)
    {
        var value = text?.Trim().Normalize(NormalizationForm.FormC);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static void CheckDates(CalendarYearEntity entry, List<CalendarOptionsProblem> problems)
    {
        if (entry.DaysOff!.Any(d => d is null) || entry.MakeUpWorkingDays!.Any(d => d is null))
        {
            Add(problems, $"an entry of the days off or make-up working days is missing", $"thiếu một mục ngày nghỉ hoặc ngày làm việc bù");
            return;
        }

        var dates = entry.DaysOff!.Select(d => d.Date)
            .Concat(entry.MakeUpWorkingDays!.Select(d => d.Date))
            .Concat(entry.LunarNewYearDays!)
            .Concat(entry.NationalDayAdjacentDay is { } a ? [a] : []);
        foreach (var date in dates.Where(d => d.Year != entry.Year).Distinct())
        {
            Add(problems, $"{CalendarText.Date(date)} is not in {entry.Year}", $"ngày {CalendarText.Date(date)} không thuộc năm {entry.Year}");
        }
    }

    private static void CheckReasons(CalendarYearEntity entry, List<CalendarOptionsProblem> problems)
    {
        if (problems.Count > 0)
            return;
        foreach (var off in entry.DaysOff!)
        {
            if (off.Reason.Length == 0)
                Add(problems, $"day off {CalendarText.Date(off.Date)} needs a reason", $"ngày nghỉ {CalendarText.Date(off.Date)} phải có lý do");
            CheckText(problems, off.Date, off.Reason);
        }

        foreach (var makeUp in entry.MakeUpWorkingDays!)
            CheckText(problems, makeUp.Date, makeUp.Reason);
    }

    private static void CheckText(List<CalendarOptionsProblem> problems, DateOnly date, string? reason)
    {
        if (reason is null)
            return;
        if (reason.Length > MaxReasonLength)
            Add(problems, $"the reason for {CalendarText.Date(date)} is longer than {MaxReasonLength} characters", $"lý do của ngày {CalendarText.Date(date)} dài quá {MaxReasonLength} ký tự");
        if (reason.Any(char.IsControl))
            Add(problems, $"the reason for {CalendarText.Date(date)} contains control characters", $"lý do của ngày {CalendarText.Date(date)} chứa ký tự điều khiển");
    }

    private static void Add(List<CalendarOptionsProblem> problems, FormattableString english, FormattableString vietnamese) =>
        problems.Add(new CalendarOptionsProblem(english.ToString(CultureInfo.InvariantCulture), vietnamese.ToString(CultureInfo.InvariantCulture)));
}
