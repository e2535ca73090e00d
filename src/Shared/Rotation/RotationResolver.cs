using CounterNode.Shared.Calendar;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// Answers "who (which department, which officer) staffs shared counter N at instant T" from the
/// schedules, absences and reserves, over the center's working half-days. Pure and immutable:
/// build one per read from the current entities.
/// </summary>
public sealed class RotationResolver
{
    private readonly WorkingCalendar _calendar;
    private readonly Dictionary<int, RotationSchedule> _schedules;
    private readonly ILookup<string, AbsenceEntity> _absencesByOfficer;

    public RotationResolver(WorkingCalendar calendar, IEnumerable<RotationSchedule> schedules, IEnumerable<AbsenceEntity> absences)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(absences);
        _calendar = calendar;
        _schedules = schedules.GroupBy(s => s.Counter).ToDictionary(g => g.Key, g => g.Last());
        _absencesByOfficer = absences.ToLookup(a => a.Officer, StringComparer.Ordinal);
    }

    /// <summary>The calendar used.</summary>
    public WorkingCalendar Calendar => _calendar;

    /// <summary>The staffing of <paramref name="counter"/> for the half-day in effect at <paramref name="instant"/> (see <see cref="WorkingHalfDays.EffectiveAt"/>).</summary>
    public CounterStaffing At(int counter, DateTimeOffset instant) =>
        Resolve(counter, WorkingHalfDays.EffectiveAt(_calendar, _calendar.ToLocal(instant)));

    /// <summary>The staffing of <paramref name="counter"/> on <paramref name="halfDay"/>.</summary>
    public CounterStaffing Resolve(int counter, WorkingHalfDay halfDay)
    {
        var entry = _schedules.TryGetValue(counter, out var schedule) ? schedule.EntryFor(halfDay) : null;
        if (entry is null)
            return new CounterStaffing(counter, halfDay, null, null, null, StaffingStatus.Unscheduled, null);
        var absences = _absencesByOfficer[entry.Officer].Where(a => a.Covers(halfDay)).ToList();
        if (absences.Count == 0)
            return new CounterStaffing(counter, halfDay, entry.Department, entry.Officer, entry.Officer, StaffingStatus.Staffed, null);
        // A reserve must itself be present: a reserve who is away leaves the gap open.
        var covered = absences.FirstOrDefault(a => a.Reserve is { } r && !IsAway(r, halfDay));
        return covered is not null
            ? new CounterStaffing(counter, halfDay, entry.Department, entry.Officer, covered.Reserve, StaffingStatus.Reserve, covered.Id)
            : new CounterStaffing(counter, halfDay, entry.Department, entry.Officer, null, StaffingStatus.Absent, absences[0].Id);
    }

    /// <summary>Every gap of <paramref name="counters"/> over <paramref name="halfDays"/> working half-days from <paramref name="from"/>.</summary>
    public IReadOnlyList<CounterStaffing> FindGaps(IEnumerable<int> counters, WorkingHalfDay from, int halfDays)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentOutOfRangeException.ThrowIfNegative(halfDays);
        var list = counters.Distinct().Order().ToList();
        var gaps = new List<CounterStaffing>();
        var halfDay = WorkingHalfDays.IsWorking(_calendar, from) ? from : WorkingHalfDays.Next(_calendar, from);
        for (var i = 0; i < halfDays; i++)
        {
            gaps.AddRange(list.Select(c => Resolve(c, halfDay)).Where(s => s.IsGap));
            halfDay = WorkingHalfDays.Next(_calendar, halfDay);
        }

        return gaps;
    }

    /// <summary>True when <paramref name="officer"/> has an absence covering <paramref name="halfDay"/>.</summary>
    public bool IsAway(string officer, WorkingHalfDay halfDay) => _absencesByOfficer[officer].Any(a => a.Covers(halfDay));
}
