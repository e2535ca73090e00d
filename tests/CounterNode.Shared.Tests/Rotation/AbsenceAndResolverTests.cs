using CounterNode.Shared.Rotation;

namespace CounterNode.Shared.Tests.Rotation;

public class AbsenceAndResolverTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateOnly Tuesday = new(2026, 12, 1);

    // Vietnam is UTC+7: 08:00 local = 01:00 UTC.
    private static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

    [Theory]
    [InlineData(8, "SXD", HalfDay.Morning)]
    [InlineData(12, "SXD", HalfDay.Afternoon)] // lunch break: the counter is set up for the afternoon
    [InlineData(16, "SXD", HalfDay.Afternoon)]
    [InlineData(18, "SGTVT", HalfDay.Morning)] // evening: Tuesday morning is next
    public void The_resolver_names_the_department_on_duty_at_an_instant(int hour, string department, HalfDay part)
    {
        var f = new RotationFixture();
        f.StandardWeek();
        var staffing = f.Resolver().At(3, Local(Monday, hour));
        Assert.Equal(department, staffing.Department);
        Assert.Equal(part, staffing.HalfDay.Part);
        Assert.Equal(StaffingStatus.Staffed, staffing.Status);
    }

    [Fact]
    public void Over_a_weekend_the_next_working_morning_is_in_effect()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        var staffing = f.Resolver().At(3, Local(new DateOnly(2026, 11, 28), 10)); // Saturday
        Assert.Equal(new WorkingHalfDay(Monday, HalfDay.Morning), staffing.HalfDay);
        Assert.Equal("xd1", staffing.Officer);
    }

    [Fact]
    public void A_reason_is_required_and_nothing_is_recorded_without_it()
    {
        var f = new RotationFixture();
        var refused = Assert.Throws<AbsenceReasonRequiredException>(() =>
            f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "   ")));
        Assert.Equal("absence.reason-required", refused.Code);
        Assert.Null(f.Entities.Get(RotationEntityTypes.Absence, "a1"));
    }

    [Theory]
    [InlineData(2026, 11, 27, 16, false, false)] // Friday afternoon for Monday: on time
    [InlineData(2026, 11, 28, 9, false, true)] // Saturday: less than one working day ahead
    [InlineData(2026, 11, 30, 7, false, true)] // the Monday itself
    [InlineData(2026, 11, 30, 7, true, false)] // emergency: not held against the officer
    public void Late_means_reported_less_than_one_working_day_ahead_without_emergency(int y, int m, int d, int hour, bool emergency, bool late)
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Việc gia đình", emergency),
            at: Local(new DateOnly(y, m, d), hour));
        var absence = f.Absence("a1");
        Assert.Equal(late, absence.Late);
        Assert.Equal(emergency, absence.Emergency);
        Assert.Equal("SXD", absence.Department);
        Assert.Equal(Local(new DateOnly(y, m, d), hour), absence.ReportedAt);
    }

    [Fact]
    public void An_absence_id_is_recorded_once_and_periods_must_run_forward()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm"));
        Assert.Throws<AbsenceAlreadyRecordedException>(() => f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Tuesday, Tuesday, "Khác")));
        var backwards = Assert.Throws<InvalidAbsenceException>(() => f.Apply(RotationMutationTypes.RecordAbsence,
            new RecordAbsencePayload("a2", "xd1", Monday, Monday, "Ốm", FromPart: HalfDay.Afternoon, ToPart: HalfDay.Morning)));
        Assert.Equal("toDate", backwards.Field);
        Assert.Throws<UnknownOfficerException>(() => f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a3", "nobody", Monday, Monday, "Ốm")));
        Assert.Equal(Monday, f.Absence("a1").ToDate);
    }

    [Fact]
    public void An_absent_officer_without_reserve_is_a_gap_and_a_reserve_of_the_same_department_closes_it()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm", FromPart: HalfDay.Afternoon));
        var resolver = f.Resolver();
        Assert.Equal(StaffingStatus.Staffed, resolver.Resolve(3, new WorkingHalfDay(Monday, HalfDay.Morning)).Status);
        var gap = resolver.Resolve(3, new WorkingHalfDay(Monday, HalfDay.Afternoon));
        Assert.True(gap.IsGap);
        Assert.Equal(StaffingStatus.Absent, gap.Status);
        Assert.Equal("SXD", gap.Department);
        Assert.Null(gap.Officer);

        f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2"));
        var covered = f.Resolver().Resolve(3, new WorkingHalfDay(Monday, HalfDay.Afternoon));
        Assert.Equal(StaffingStatus.Reserve, covered.Status);
        Assert.Equal("xd2", covered.Officer);
        Assert.Equal("xd1", covered.ScheduledOfficer);
        Assert.False(covered.IsGap);
    }

    [Fact]
    public void A_cancelled_absence_gives_the_counter_back_to_its_officer_and_stays_on_record()
    {
        var f = new RotationFixture();
        f.StandardWeek();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm"), at: Local(Monday, 7));
        f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2"));
        Assert.Equal(StaffingStatus.Reserve, f.Resolver().Resolve(3, new WorkingHalfDay(Monday, HalfDay.Afternoon)).Status);

        f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("a1", "  Đã khỏi bệnh, đi làm buổi chiều "), at: Local(Monday, 11));

        var staffing = f.Resolver().Resolve(3, new WorkingHalfDay(Monday, HalfDay.Afternoon));
        Assert.Equal(StaffingStatus.Staffed, staffing.Status);
        Assert.Equal("xd1", staffing.Officer);
        var absence = f.Absence("a1");
        Assert.True(absence.IsCancelled);
        Assert.Equal(Local(Monday, 11), absence.CancelledAt);
        Assert.Equal("Đã khỏi bệnh, đi làm buổi chiều", absence.CancelReason);
        Assert.True(absence.Late); // the late flag of the original report is history, not undone
        Assert.False(f.Resolver().IsAway("xd1", new WorkingHalfDay(Monday, HalfDay.Afternoon)));
    }

    [Fact]
    public void Cancelling_needs_a_reason_happens_once_and_frees_the_officer_to_cover_others()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm"));
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a2", "xd2", Monday, Monday, "Công tác"));
        var noReason = Assert.Throws<InvalidAbsenceException>(() => f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("a2", " ")));
        Assert.Equal("reason", noReason.Field);
        Assert.False(f.Absence("a2").IsCancelled);
        Assert.Throws<AbsenceNotFoundException>(() => f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("zz", "Nhầm")));
        Assert.ThrowsAny<Errors.DomainException>(() => f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("a2", "Nhầm"), node: "counter-01"));
        Assert.Throws<ReserveUnavailableException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2")));

        f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("a2", "Hoãn công tác"));

        var twice = Assert.Throws<AbsenceCancelledException>(() => f.Apply(RotationMutationTypes.CancelAbsence, new CancelAbsencePayload("a2", "Lần nữa")));
        Assert.Equal("absence.cancelled", twice.Code);
        Assert.Equal("Hoãn công tác", f.Absence("a2").CancelReason);
        Assert.Throws<AbsenceCancelledException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a2", "xd3")));
        f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2"));
        Assert.Equal("xd2", f.Absence("a1").Reserve);
    }

    [Fact]
    public void A_reserve_from_another_department_is_refused()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm"));
        var refused = Assert.Throws<ReserveDepartmentMismatchException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "gt2")));
        Assert.Equal("absence.reserve-department-mismatch", refused.Code);
        Assert.Null(f.Absence("a1").Reserve);
    }

    [Fact]
    public void The_absent_officer_or_a_reserve_away_at_the_same_time_cannot_cover()
    {
        var f = new RotationFixture();
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Tuesday, "Công tác"));
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a2", "xd2", Tuesday, Tuesday, "Ốm", FromPart: HalfDay.Afternoon));
        Assert.Throws<ReserveUnavailableException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd1")));
        Assert.Throws<ReserveUnavailableException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd2")));
        Assert.Throws<AbsenceNotFoundException>(() => f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("zz", "xd3")));
        f.Apply(RotationMutationTypes.AssignReserve, new AssignReservePayload("a1", "xd3"));
        Assert.Equal("xd3", f.Absence("a1").Reserve);
    }

    [Fact]
    public void Gaps_list_unscheduled_and_uncovered_half_days_of_shared_counters_only_on_working_days()
    {
        var f = new RotationFixture();
        // Counter 3: Monday only; counter 4 has no schedule at all.
        f.Apply(RotationMutationTypes.Put, RotationFixture.Entry("xd-mon", "SXD", "xd1", [DayOfWeek.Monday]));
        f.Apply(RotationMutationTypes.RecordAbsence, new RecordAbsencePayload("a1", "xd1", Monday, Monday, "Ốm", FromPart: HalfDay.Afternoon, ToPart: HalfDay.Afternoon));
        var gaps = f.Resolver().FindGaps([3], new WorkingHalfDay(new DateOnly(2026, 11, 28), HalfDay.Morning), 4); // from Saturday
        Assert.Equal(
            [
                (new WorkingHalfDay(Monday, HalfDay.Afternoon), StaffingStatus.Absent),
                (new WorkingHalfDay(Tuesday, HalfDay.Morning), StaffingStatus.Unscheduled),
                (new WorkingHalfDay(Tuesday, HalfDay.Afternoon), StaffingStatus.Unscheduled),
            ],
            gaps.Select(g => (g.HalfDay, g.Status)));
        Assert.Equal(4, f.Resolver().FindGaps([3, 4], new WorkingHalfDay(Monday, HalfDay.Morning), 4).Count(g => g.Counter == 4));
    }
}
