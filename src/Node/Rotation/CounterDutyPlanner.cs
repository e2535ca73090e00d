using CounterNode.Node.Queue;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Rotation;

namespace CounterNode.Node.Rotation;

/// <summary>
/// Decides a counter's duty at an instant (pure). A shared counter staffed by a department calls
/// that department's services among the counter's own; a counter that does not rotate, a
/// half-day without a schedule entry, or a department without a service of this counter leaves
/// the counter unrestricted — the counter never stops because the schedule has a hole (the
/// board shows the gap).
/// </summary>
public static class CounterDutyPlanner
{
    /// <summary>The plan at <paramref name="now"/>.</summary>
    public static CounterDutyPlan Plan(CounterRotationSnapshot snapshot, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(calendar);
        var halfDay = WorkingHalfDays.EffectiveAt(calendar, calendar.ToLocal(now));
        var nextSwitch = calendar.ToInstant(WorkingHalfDays.EndOf(calendar, halfDay));
        if (snapshot.CounterEntity is not { Shared: true } counter)
            return new CounterDutyPlan(CounterDutySnapshot.Unrestricted, null, null, nextSwitch);

        var staffing = new RotationResolver(calendar, [snapshot.Schedule], snapshot.Absences).Resolve(snapshot.Counter, halfDay);
        var officer = staffing.Officer is { } id && snapshot.Officers.TryGetValue(id, out var o) ? o.Name : staffing.Officer;
        if (staffing.Department is not { } department)
            return new CounterDutyPlan(CounterDutySnapshot.Unrestricted, staffing, officer, nextSwitch);

        var services = snapshot.Services
            .Where(s => counter.Services.Contains(s.Prefix, StringComparer.Ordinal) && s.Departments.Contains(department, StringComparer.Ordinal))
            .Select(s => s.Prefix)
            .ToHashSet(StringComparer.Ordinal);
        var name = snapshot.Departments.TryGetValue(department, out var d) ? d.Name : department;
        var duty = new CounterDutySnapshot(services.Count == 0 ? null : services, department, name);
        return new CounterDutyPlan(duty, staffing, officer, nextSwitch);
    }
}
