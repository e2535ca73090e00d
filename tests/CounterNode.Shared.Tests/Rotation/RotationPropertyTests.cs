using CounterNode.Shared.Calendar;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Rotation;
using CsCheck;

namespace CounterNode.Shared.Tests.Rotation;

public class RotationPropertyTests
{
    private static readonly DateOnly Base = new(2026, 11, 2);

    private static readonly Gen<RotationEntry> GenEntry =
        Gen.Select(Gen.Int[0, 127], Gen.Int[0, 100].Array[0, 3], Gen.Enum<HalfDayCoverage>(), Gen.Int[0, 40], Gen.Int[-1, 60], Gen.Int[0, 1])
            .Select((days, dates, halves, from, length, department) =>
            {
                var validFrom = Base.AddDays(from);
                DateOnly? validTo = length < 0 ? null : validFrom.AddDays(length);
                var dayList = Enumerable.Range(0, 7).Where(d => (days & (1 << d)) != 0).Select(d => (DayOfWeek)d).ToArray();
                var dateList = dates.Select(d => Base.AddDays(d)).Where(d => d >= validFrom && d <= (validTo ?? DateOnly.MaxValue)).Distinct().ToArray();
                return department == 0
                    ? new RotationEntry("e", 3, "SXD", "xd1", dayList, dateList, halves, validFrom, validTo)
                    : new RotationEntry("e", 3, "SGTVT", "gt1", dayList, dateList, halves, validFrom, validTo);
            });

    [Fact]
    public void Overlaps_is_true_exactly_when_some_half_day_is_covered_by_both()
    {
        Gen.Select(GenEntry, GenEntry).Sample((a, b) =>
        {
            var brute = Enumerable.Range(0, 180).Select(Base.AddDays)
                .SelectMany(d => new[] { new WorkingHalfDay(d, HalfDay.Morning), new WorkingHalfDay(d, HalfDay.Afternoon) })
                .Any(h => a.Covers(h) && b.Covers(h));
            return a.Overlaps(b) == brute && b.Overlaps(a) == brute;
        }, iter: 3000);
    }

    [Fact]
    public void Whatever_is_put_a_counter_never_has_two_entries_on_one_half_day()
    {
        GenEntry.Array[1, 12].Sample(entries =>
        {
            var f = new RotationFixture();
            for (var i = 0; i < entries.Length; i++)
            {
                try
                {
                    f.Apply(RotationMutationTypes.Put, entries[i] with { Id = "e" + i });
                }
                catch (DomainException)
                {
                    // refused puts change nothing; the invariant below must still hold
                }
            }

            var schedule = f.Schedule(3);
            return Enumerable.Range(0, 180).Select(Base.AddDays)
                .SelectMany(d => new[] { new WorkingHalfDay(d, HalfDay.Morning), new WorkingHalfDay(d, HalfDay.Afternoon) })
                .All(h => schedule.Entries.Count(e => e.Covers(h)) <= 1);
        }, iter: 300);
    }

    [Fact]
    public void The_effective_half_day_is_working_and_is_the_current_or_the_next_one_to_start()
    {
        var calendar = WorkingCalendar.Default;
        Gen.Select(Gen.DateOnly[new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)], Gen.Int[0, 1439]).Sample((day, minute) =>
        {
            var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
            var effective = WorkingHalfDays.EffectiveAt(calendar, local);
            var start = WorkingHalfDays.StartOf(calendar, effective);
            var end = WorkingHalfDays.EndOf(calendar, effective);
            Assert.True(WorkingHalfDays.IsWorking(calendar, effective));
            Assert.True(end > local);
            if (start <= local)
            {
                Assert.Equal(effective, WorkingHalfDays.Containing(calendar, local));
            }
            else
            {
                Assert.Null(WorkingHalfDays.Containing(calendar, local));
                // No working half-day starts between now and the effective one.
                var between = WorkingHalfDays.Between(calendar, DateOnly.FromDateTime(local), effective.Date)
                    .Where(h => WorkingHalfDays.StartOf(calendar, h) > local && h < effective);
                Assert.Empty(between);
            }
        }, iter: 3000);
    }

    [Fact]
    public void An_absence_is_late_exactly_when_reported_after_the_last_working_day_before_it_unless_emergency()
    {
        var calendar = WorkingCalendar.Default;
        Gen.Select(Gen.DateOnly[new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)], Gen.Int[-10, 3], Gen.Int[0, 1439], Gen.Bool)
            .Sample((first, daysBefore, minute, emergency) =>
            {
                var reportedLocal = first.AddDays(-daysBefore).ToDateTime(TimeOnly.MinValue).AddMinutes(minute);
                var reportedAt = calendar.ToInstant(reportedLocal);
                var late = AbsenceNotice.IsLate(calendar, reportedAt, first, emergency);
                var onTimeDay = calendar.PreviousWorkingDay(first);
                return late == (!emergency && DateOnly.FromDateTime(reportedLocal) > onTimeDay);
            }, iter: 3000);
    }

    [Fact]
    public void Working_half_days_follow_each_other_in_order_without_gaps()
    {
        var calendar = WorkingCalendar.Default;
        Gen.DateOnly[new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 1)].Sample(day =>
        {
            var all = WorkingHalfDays.Between(calendar, day, day.AddDays(20)).ToList();
            for (var i = 1; i < all.Count; i++)
                Assert.Equal(all[i], WorkingHalfDays.Next(calendar, all[i - 1]));
            Assert.All(all, h => Assert.True(calendar.IsWorkingDay(h.Date)));
        }, iter: 300);
    }
}
