using CounterNode.Node.Rotation;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CsCheck;

namespace CounterNode.Node.Tests.Rotation;

public class CounterDutyPlannerTests
{
    private static readonly ServiceEntity[] Services =
    [
        new("C", "Xây dựng", ["SXD"]),
        new("D", "Giao thông vận tải", ["SGTVT"]),
        new("E", "Chung", ["SXD", "SGTVT"]),
        new("A", "Tư pháp", ["STP"]),
    ];

    private static CounterRotationSnapshot Snapshot(RotationSchedule schedule, bool shared = true) => new(
        3,
        new CounterEntity(3, ["C", "D", "E"], ["SXD", "SGTVT"], shared),
        schedule,
        [],
        Services,
        new Dictionary<string, DepartmentEntity> { ["SXD"] = new("SXD", "Sở Xây dựng"), ["SGTVT"] = new("SGTVT", "Sở Giao thông vận tải") },
        new Dictionary<string, OfficerEntity>());

    private static readonly Gen<RotationSchedule> GenSchedule =
        Gen.Select(Gen.Int[0, 127], Gen.Enum<HalfDayCoverage>(), Gen.Int[0, 127], Gen.Enum<HalfDayCoverage>())
            .Select((a, ah, b, bh) => new RotationSchedule(3,
            [
                new RotationEntry("a", 3, "SXD", "xd1", Days(a), [], ah, new DateOnly(2026, 1, 1)),
                new RotationEntry("b", 3, "SGTVT", "gt1", Days(b & ~a), [], bh, new DateOnly(2026, 1, 1)),
            ]));

    private static DayOfWeek[] Days(int mask) => [.. Enumerable.Range(0, 7).Where(d => (mask & (1 << d)) != 0).Select(d => (DayOfWeek)d)];

    [Fact]
    public void The_duty_is_the_scheduled_departments_services_of_this_counter_and_lasts_until_the_half_day_ends()
    {
        var calendar = WorkingCalendar.Default;
        Gen.Select(GenSchedule, Gen.DateOnly[new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)], Gen.Int[0, 1439]).Sample((schedule, day, minute) =>
        {
            var now = calendar.ToInstant(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute));
            var plan = CounterDutyPlanner.Plan(Snapshot(schedule), calendar, now);
            Assert.True(plan.NextSwitch > now);
            var halfDay = plan.Staffing!.HalfDay;
            Assert.Equal(calendar.ToInstant(WorkingHalfDays.EndOf(calendar, halfDay)), plan.NextSwitch);
            var entry = schedule.EntryFor(halfDay);
            if (entry is null)
            {
                Assert.Null(plan.Duty.Services);
                return;
            }

            Assert.Equal(entry.Department, plan.Duty.Department);
            var expected = Services.Where(s => s.Prefix != "A" && s.Departments.Contains(entry.Department)).Select(s => s.Prefix).Order();
            Assert.Equal(expected, plan.Duty.Services!.Order());
        }, iter: 2000);
    }

    [Fact]
    public void A_counter_that_is_not_shared_is_never_restricted()
    {
        var plan = CounterDutyPlanner.Plan(Snapshot(new RotationSchedule(3,
            [new RotationEntry("a", 3, "SXD", "xd1", [DayOfWeek.Monday], [], HalfDayCoverage.Both, new DateOnly(2026, 1, 1))]), shared: false),
            WorkingCalendar.Default, new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
        Assert.Null(plan.Duty.Services);
        Assert.Null(plan.Staffing);
    }
}
