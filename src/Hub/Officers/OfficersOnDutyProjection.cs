using CounterNode.Hub.Rotation;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Officers;

/// <summary>
/// Who is on duty on a working day, honouring rotations, absences and reserves: a shared
/// counter lists the officer who staffs it each half-day (scheduled or reserve); a counter of
/// its own department(s) lists that department's active officers who are not away. Pure.
/// </summary>
public static class OfficersOnDutyProjection
{
    /// <summary>The list for the working day in effect at <paramref name="now"/>.</summary>
    public static OfficersOnDuty Project(RotationState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        var today = DateOnly.FromDateTime(calendar.ToLocal(now));
        var day = WorkingHalfDays.EffectiveAt(calendar, calendar.ToLocal(now)).Date;
        var halfDays = WorkingHalfDays.Between(calendar, day, day).ToList();
        var resolver = state.Resolver(calendar);
        var seats = new List<(string Officer, int Counter, HalfDay Part, bool Reserve)>();
        foreach (var counter in state.SharedCounters)
        {
            foreach (var halfDay in halfDays)
            {
                var staffing = resolver.Resolve(counter.Number, halfDay);
                if (staffing.Officer is { } officer)
                    seats.Add((officer, counter.Number, halfDay.Part, staffing.Status == StaffingStatus.Reserve));
            }
        }

        foreach (var counter in state.Counters.Where(c => !c.Shared))
        {
            foreach (var officer in state.Officers.Values.Where(o => o.Active && counter.Departments.Contains(o.Department, StringComparer.Ordinal)))
            {
                foreach (var halfDay in halfDays)
                {
                    // Away, or already seated at a shared counter this half-day: not here.
                    if (!resolver.IsAway(officer.Id, halfDay) && !seats.Any(s => s.Officer == officer.Id && s.Part == halfDay.Part))
                        seats.Add((officer.Id, counter.Number, halfDay.Part, false));
                }
            }
        }

        var officers = seats
            .Where(s => state.Officers.ContainsKey(s.Officer))
            .GroupBy(s => s.Officer, StringComparer.Ordinal)
            .Select(g => (First: g.Min(s => s.Counter), View: View(state, state.Officers[g.Key], g.ToList(), halfDays.Count)))
            .OrderBy(x => x.First).ThenBy(x => x.View.Name, StringComparer.Ordinal)
            .Select(x => x.View)
            .ToList();
        var dateText = RotationText.Day(day.DayOfWeek) + ", " + RotationText.Date(day);
        return new OfficersOnDuty(day, dateText, day == today, officers);
    }

    private static OfficerOnDutyView View(RotationState state, OfficerEntity officer, List<(string Officer, int Counter, HalfDay Part, bool Reserve)> seats, int halfDaysInDay)
    {
        var where = seats.GroupBy(s => s.Counter).OrderBy(g => g.Key)
            .Select(g => "Quầy " + g.Key + " (" + (g.Count() >= halfDaysInDay ? "cả ngày" : string.Join(", ", g.Select(s => RotationText.Part(s.Part)))) + ")");
        var field = string.Join(", ", state.Services.Where(s => s.Departments.Contains(officer.Department, StringComparer.Ordinal)).Select(s => s.Name));
        return new OfficerOnDutyView(officer.Name, officer.Title, state.DepartmentName(officer.Department), field, officer.Phone,
            string.Join("; ", where), seats.Any(s => s.Reserve));
    }
}
