using CounterNode.Hub.Rotation;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Rotation;

namespace CounterNode.Hub.Board;

/// <summary>Builds the rotation part of the board from the rotation state (pure: same inputs, same view).</summary>
public static class RotationProjection
{
    /// <summary>How many working half-days ahead gaps are looked for (this one and the next two weeks).</summary>
    public const int GapHorizon = 20;

    /// <summary>The view at <paramref name="now"/>.</summary>
    public static RotationBoardView Project(RotationState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        var resolver = state.Resolver(calendar);
        var current = WorkingHalfDays.EffectiveAt(calendar, calendar.ToLocal(now));
        var next = WorkingHalfDays.Next(calendar, current);
        var shared = state.SharedCounters.Select(c => c.Number).ToList();
        var counters = shared
            .Select(n => new CounterRotationView(n, View(state, resolver.Resolve(n, current)), View(state, resolver.Resolve(n, next))))
            .ToList();
        var absences = state.Absences
            .Where(a => a.Last >= current && !a.IsCancelled)
            .Select(a => new AbsenceView(a.Id, state.OfficerName(a.Officer), state.DepartmentName(a.Department), Period(a), a.Reason,
                a.ReportedAt, a.Late, a.Emergency, a.Reserve is null ? null : state.OfficerName(a.Reserve)))
            .ToList();
        var gaps = resolver.FindGaps(shared, current, GapHorizon)
            .Select(g => new GapView(g.Counter, g.HalfDay.VietnameseLabel(), g.HalfDay.Date, state.DepartmentName(g.Department),
                g.Status == StaffingStatus.Absent ? "absent" : "unscheduled", GapText(state, g)))
            .ToList();
        return new RotationBoardView(now, counters, absences, gaps);
    }

    /// <summary>One staffing as the board shows it.</summary>
    public static StaffingView View(RotationState state, CounterStaffing staffing)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(staffing);
        return new StaffingView(
            staffing.HalfDay.VietnameseLabel(),
            staffing.Department,
            state.DepartmentName(staffing.Department),
            staffing.Officer is null ? null : state.OfficerName(staffing.Officer),
            staffing.ScheduledOfficer is null ? null : state.OfficerName(staffing.ScheduledOfficer),
            staffing.Status.ToString().ToLowerInvariant(),
            RotationText.Status(staffing.Status),
            staffing.IsGap);
    }

    private static string Period(AbsenceEntity a) =>
        a.First == a.Last ? a.First.VietnameseLabel()
        : a.FromDate == a.ToDate ? "Cả ngày " + RotationText.Date(a.FromDate)
        : a.First.VietnameseLabel() + " – " + a.Last.VietnameseLabel();

    private static string GapText(RotationState state, CounterStaffing gap) =>
        gap.Status == StaffingStatus.Absent
            ? $"Quầy {gap.Counter}: {state.OfficerName(gap.ScheduledOfficer)} ({state.DepartmentName(gap.Department)}) vắng mặt, chưa có công chức dự phòng."
            : $"Quầy {gap.Counter}: chưa có lịch trực.";
}
