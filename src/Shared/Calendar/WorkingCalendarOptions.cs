using System.Globalization;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// Everything a <see cref="WorkingCalendar"/> is built from: the center's hours (regulation,
/// Điều 4.1), the cut-off, the time printed as the return time, the center's UTC offset, and the
/// administrator's dated overrides from each year's official notices. Defaults are the center's
/// regulation: Monday–Friday, 07:00–11:00 and 13:00–17:00, cut-off 16:00, return at 16:00,
/// UTC+07:00.
/// </summary>
/// <remarks>
/// The record is immutable; <see cref="WorkingCalendar"/> copies the lists when it is built, so
/// changing a list passed in afterwards changes nothing. <see cref="Validate"/> reports every
/// inconsistency at once.
/// </remarks>
public sealed record WorkingCalendarOptions
{
    /// <summary>Largest absolute UTC offset accepted.</summary>
    public static readonly TimeSpan MaxUtcOffset = TimeSpan.FromHours(14);

    /// <summary>How far from lunar 1/1 an announced Tết day may lie (the longest announced breaks are 9 days).</summary>
    public const int MaxLunarNewYearDistanceDays = 20;

    /// <summary>The center's regulation defaults.</summary>
    public static WorkingCalendarOptions Default { get; } = new();

    /// <summary>Working sessions of a working day, in order, not overlapping. Default 07:00–11:00 and 13:00–17:00.</summary>
    public IReadOnlyList<WorkingSession> Sessions { get; init; } =
        [new(new TimeOnly(7, 0), new TimeOnly(11, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 0))];

    /// <summary>
    /// The cut-off (regulation Điều 4.1, 16:00): a dossier received strictly after it (16:00:00.0000001
    /// on) counts from the next working day; one received at exactly 16:00:00 counts from the same
    /// day. Must lie within the working hours.
    /// </summary>
    public TimeOnly CutOff { get; init; } = new(16, 0);

    /// <summary>
    /// Time of day printed as the return time on the return day. Default 16:00: the department has
    /// most of the last processing day, and the citizen still finds the counter open for an hour.
    /// Must lie within the working hours. Set it to 11:00 for "end of the morning".
    /// </summary>
    public TimeOnly DefaultReturnTime { get; init; } = new(16, 0);

    /// <summary>The center's offset from UTC (Vietnam: +07:00, no daylight saving time).</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>How the National Day adjacent day is picked for years without an announced one.</summary>
    public NationalDayAdjacentRule NationalDayRule { get; init; } = NationalDayAdjacentRule.AdjoinWeekend;

    /// <summary>Announced Tết days, per year.</summary>
    public IReadOnlyList<LunarNewYearOverride> LunarNewYearDays { get; init; } = [];

    /// <summary>Announced National Day adjacent days (1 or 3 September), at most one per year.</summary>
    public IReadOnlyList<DateOnly> NationalDayAdjacentDays { get; init; } = [];

    /// <summary>Extra days off (swapped days, closures), with reasons.</summary>
    public IReadOnlyList<AdministrativeDayOff> DaysOff { get; init; } = [];

    /// <summary>Make-up working days (a Saturday worked, …).</summary>
    public IReadOnlyList<MakeUpWorkingDay> MakeUpWorkingDays { get; init; } = [];

    /// <summary>Every inconsistency of these options; empty when they are valid.</summary>
    public IReadOnlyList<CalendarOptionsProblem> FindProblems()
    {
        var problems = new List<CalendarOptionsProblem>();
        CheckSessions(problems);
        CheckTimes(problems);
        CheckOffset(problems);
        CheckLunarNewYearDays(problems);
        CheckNationalDays(problems);
        CheckDaysOffAndMakeUps(problems);
        return problems;
    }

    /// <summary>Throws <see cref="InvalidCalendarOptionsException"/> listing every problem, if any.</summary>
    public void Validate()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new InvalidCalendarOptionsException(problems);
        }
    }

    private static void Add(List<CalendarOptionsProblem> problems, FormattableString english, FormattableString vietnamese) =>
        problems.Add(new CalendarOptionsProblem(english.ToString(CultureInfo.InvariantCulture), vietnamese.ToString(CultureInfo.InvariantCulture)));

    private static bool InRange(DateOnly date) => date >= LunarCalendar.MinSupportedDate && date <= LunarCalendar.MaxSupportedDate;

    private void CheckSessions(List<CalendarOptionsProblem> problems)
    {
        if (Sessions is null || Sessions.Count == 0)
        {
            Add(problems, $"at least one working session is required", $"phải có ít nhất một buổi làm việc");
            return;
        }

        for (var i = 0; i < Sessions.Count; i++)
        {
            var s = Sessions[i];
            if (s is null)
            {
                Add(problems, $"session {i + 1} is missing", $"thiếu buổi làm việc thứ {i + 1}");
            }
            else if (s.Start >= s.End)
            {
                Add(problems, $"session {i + 1} ({s}) must start before it ends", $"buổi làm việc thứ {i + 1} ({s}) phải bắt đầu trước khi kết thúc");
            }
            else if (i > 0 && Sessions[i - 1] is { } previous && previous.Start < previous.End && s.Start < previous.End)
            {
                Add(
                    problems,
                    $"session {i + 1} ({s}) overlaps or precedes session {i} ({previous}); sessions must be in order and not overlap",
                    $"buổi làm việc thứ {i + 1} ({s}) trùng hoặc đứng trước buổi thứ {i} ({previous}); các buổi phải theo thứ tự và không chồng lên nhau");
            }
        }
    }

    private bool WithinHours(TimeOnly time) =>
        Sessions is { Count: > 0 } && Sessions.Any(s => s is not null && time >= s.Start && time <= s.End);

    private void CheckTimes(List<CalendarOptionsProblem> problems)
    {
        var hours = Sessions is null ? string.Empty : string.Join(", ", Sessions);
        if (!WithinHours(CutOff))
        {
            Add(problems, $"the cut-off {CutOff:HH\\:mm} is outside the working hours ({hours})", $"giờ chốt nhận hồ sơ {CutOff:HH\\:mm} nằm ngoài giờ làm việc ({hours})");
        }

        if (!WithinHours(DefaultReturnTime))
        {
            Add(problems, $"the return time {DefaultReturnTime:HH\\:mm} is outside the working hours ({hours})", $"giờ hẹn trả {DefaultReturnTime:HH\\:mm} nằm ngoài giờ làm việc ({hours})");
        }
    }

    private void CheckOffset(List<CalendarOptionsProblem> problems)
    {
        if (UtcOffset.Ticks % TimeSpan.TicksPerMinute != 0 || UtcOffset.Duration() > MaxUtcOffset)
        {
            Add(problems, $"the UTC offset {UtcOffset} must be whole minutes between -14:00 and +14:00", $"độ lệch múi giờ {UtcOffset} phải là số phút nguyên trong khoảng -14:00 đến +14:00");
        }

        if (!Enum.IsDefined(NationalDayRule))
        {
            Add(problems, $"unknown National Day rule {NationalDayRule}", $"quy tắc chọn ngày nghỉ liền kề Quốc khánh không hợp lệ: {NationalDayRule}");
        }
    }

    private void CheckLunarNewYearDays(List<CalendarOptionsProblem> problems)
    {
        var years = new HashSet<int>();
        foreach (var entry in LunarNewYearDays ?? [])
        {
            if (entry is null)
            {
                Add(problems, $"an entry of the Tết days is missing", $"thiếu một mục ngày nghỉ Tết");
                continue;
            }

            if (entry.Year < LunarCalendar.MinSupportedDate.Year || entry.Year > LunarCalendar.MaxSupportedDate.Year)
            {
                Add(problems, $"Tết days for {entry.Year}: the year is outside {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}", $"ngày nghỉ Tết năm {entry.Year}: năm nằm ngoài phạm vi {LunarCalendar.MinSupportedDate.Year}–{LunarCalendar.MaxSupportedDate.Year}");
                continue;
            }

            if (!years.Add(entry.Year))
            {
                Add(problems, $"Tết days for {entry.Year} are entered twice", $"ngày nghỉ Tết năm {entry.Year} được nhập hai lần");
            }

            if (entry.Days is null || entry.Days.Count == 0)
            {
                Add(problems, $"Tết days for {entry.Year}: no day listed", $"ngày nghỉ Tết năm {entry.Year}: chưa nhập ngày nào");
                continue;
            }

            if (entry.Days.Distinct().Count() != entry.Days.Count)
            {
                Add(problems, $"Tết days for {entry.Year}: a day is listed twice", $"ngày nghỉ Tết năm {entry.Year}: có ngày bị nhập trùng");
            }

            var tet = LunarCalendar.LunarNewYear(entry.Year);
            foreach (var day in entry.Days.Where(d => Math.Abs(d.DayNumber - tet.DayNumber) > MaxLunarNewYearDistanceDays))
            {
                Add(
                    problems,
                    $"Tết days for {entry.Year}: {CalendarText.Date(day)} is more than {MaxLunarNewYearDistanceDays} days from Lunar New Year ({CalendarText.Date(tet)})",
                    $"ngày nghỉ Tết năm {entry.Year}: ngày {CalendarText.Date(day)} cách mùng 1 Tết ({CalendarText.Date(tet)}) quá {MaxLunarNewYearDistanceDays} ngày");
            }
        }
    }

    private void CheckNationalDays(List<CalendarOptionsProblem> problems)
    {
        var years = new HashSet<int>();
        foreach (var day in NationalDayAdjacentDays ?? [])
        {
            if (day.Month != 9 || day.Day is not (1 or 3) || !InRange(day))
            {
                Add(problems, $"the National Day adjacent day {CalendarText.Date(day)} must be 1 or 3 September of a year in range", $"ngày nghỉ liền kề Quốc khánh {CalendarText.Date(day)} phải là ngày 01/09 hoặc 03/09");
            }
            else if (!years.Add(day.Year))
            {
                Add(problems, $"two National Day adjacent days are entered for {day.Year}", $"năm {day.Year} có hai ngày nghỉ liền kề Quốc khánh");
            }
        }
    }

    private void CheckDaysOffAndMakeUps(List<CalendarOptionsProblem> problems)
    {
        var offDays = new HashSet<DateOnly>();
        foreach (var off in DaysOff ?? [])
        {
            if (off is null)
            {
                Add(problems, $"an entry of the days off is missing", $"thiếu một mục ngày nghỉ");
            }
            else if (!InRange(off.Date))
            {
                Add(problems, $"day off {CalendarText.Date(off.Date)} is outside the calendar's range", $"ngày nghỉ {CalendarText.Date(off.Date)} nằm ngoài phạm vi lịch");
            }
            else if (string.IsNullOrWhiteSpace(off.Reason))
            {
                Add(problems, $"day off {CalendarText.Date(off.Date)} needs a reason", $"ngày nghỉ {CalendarText.Date(off.Date)} phải có lý do");
            }
            else if (!offDays.Add(off.Date))
            {
                Add(problems, $"day off {CalendarText.Date(off.Date)} is entered twice", $"ngày nghỉ {CalendarText.Date(off.Date)} được nhập hai lần");
            }
        }

        var makeUps = new HashSet<DateOnly>();
        foreach (var makeUp in MakeUpWorkingDays ?? [])
        {
            if (makeUp is null)
            {
                Add(problems, $"an entry of the make-up working days is missing", $"thiếu một mục ngày làm việc bù");
            }
            else if (!InRange(makeUp.Date))
            {
                Add(problems, $"make-up working day {CalendarText.Date(makeUp.Date)} is outside the calendar's range", $"ngày làm việc bù {CalendarText.Date(makeUp.Date)} nằm ngoài phạm vi lịch");
            }
            else if (!makeUps.Add(makeUp.Date))
            {
                Add(problems, $"make-up working day {CalendarText.Date(makeUp.Date)} is entered twice", $"ngày làm việc bù {CalendarText.Date(makeUp.Date)} được nhập hai lần");
            }
            else if (offDays.Contains(makeUp.Date))
            {
                Add(problems, $"{CalendarText.Date(makeUp.Date)} is entered both as a day off and as a make-up working day", $"ngày {CalendarText.Date(makeUp.Date)} vừa là ngày nghỉ vừa là ngày làm việc bù");
            }
            else if (PublicHolidays.IsWeekday(makeUp.Date) && !IsHoliday(makeUp.Date))
            {
                Add(
                    problems,
                    $"make-up working day {CalendarText.EnglishDay(makeUp.Date)} is already a working day",
                    $"ngày làm việc bù {CalendarText.VietnameseDay(makeUp.Date)} vốn đã là ngày làm việc");
            }
        }
    }

    private bool IsHoliday(DateOnly date)
    {
        var tet = LunarNewYearDays?.FirstOrDefault(t => t is not null && t.Year == date.Year)?.Days;
        DateOnly? adjacent = NationalDayAdjacentDays?.Where(d => d.Year == date.Year).Select(d => (DateOnly?)d).FirstOrDefault();
        var rule = Enum.IsDefined(NationalDayRule) ? NationalDayRule : NationalDayAdjacentRule.AdjoinWeekend;
        return PublicHolidays.ForYear(date.Year, tet is { Count: > 0 } ? tet : null, adjacent, rule).Any(h => h.Date == date);
    }
}
