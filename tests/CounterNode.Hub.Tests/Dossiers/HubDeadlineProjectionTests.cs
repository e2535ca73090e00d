using CounterNode.Hub.Board;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Hub.Departments;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Tests.Dossiers;

public sealed class HubDeadlineProjectionTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private static DossierStatusEntity Status(string code, DateOnly due, DossierState state = DossierState.Processing, string department = "STP", bool late = false) =>
        new(code, state, due, department, late);

    [Fact]
    public void Due_today_at_risk_and_overdue_are_counted_per_department_and_unreported_overdue_is_flagged()
    {
        var statuses = new[]
        {
            Status("A-1", Friday),                                            // due today
            Status("A-2", new DateOnly(2026, 11, 30)),                        // Monday = next working day: at risk
            Status("A-3", new DateOnly(2026, 12, 1)),                         // two working days away: on track
            Status("A-4", new DateOnly(2026, 11, 25)),                        // overdue 2 working days, no report
            Status("A-5", new DateOnly(2026, 11, 26), late: true),            // overdue even after a delay report
            Status("B-1", new DateOnly(2026, 11, 20), DossierState.Received, "SKHDT"),
            Status("C-1", new DateOnly(2026, 11, 1), DossierState.ResultReady),         // result ready: no deadline
            Status("C-2", new DateOnly(2026, 11, 1), DossierState.SupplementRequested), // the citizen's turn
            Status("C-3", new DateOnly(2026, 11, 1), DossierState.Returned),
        };

        var view = DeadlineProjection.Project(statuses, Friday, WorkingCalendar.Default, atRiskWorkingDays: 1, listLimit: 10);

        Assert.Equal((6, 1, 1, 3, 2), (view.Open, view.DueToday, view.AtRisk, view.Overdue, view.OverdueUnreported));
        Assert.Equal(
            [new DepartmentDeadlineView("SKHDT", 1, 0, 0, 1, 1), new DepartmentDeadlineView("STP", 5, 1, 1, 2, 1)],
            view.Departments);
        Assert.Equal(["B-1", "A-4", "A-5"], view.OverdueDossiers.Select(o => o.Code));
        Assert.Equal([5, 2, 1], view.OverdueDossiers.Select(o => o.WorkingDaysOverdue));
        Assert.Equal([false, false, true], view.OverdueDossiers.Select(o => o.DelayReported));
        Assert.Equal("received", view.OverdueDossiers[0].State);
    }

    [Fact]
    public void The_at_risk_window_counts_working_days_over_a_weekend_and_the_list_is_limited_but_counts_are_not()
    {
        var statuses = Enumerable.Range(1, 5).Select(i => Status($"X-{i}", new DateOnly(2026, 11, 20))).Append(Status("R-1", new DateOnly(2026, 12, 1)));

        var view = DeadlineProjection.Project(statuses, Friday, WorkingCalendar.Default, atRiskWorkingDays: 2, listLimit: 3);

        Assert.Equal(5, view.Overdue);
        Assert.Equal(3, view.OverdueDossiers.Count);
        Assert.Equal(1, view.AtRisk); // Tuesday 1/12 is two working days after Friday
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task The_board_query_reads_the_public_statuses_the_mutators_wrote_and_a_delay_report_clears_the_flag(DatabaseProvider provider)
    {
        await using var bed = await HubDossierBed.CreateAsync(new DateTime(2026, 11, 27, 9, 0, 0), provider);
        // Received 10 days ago with a 1-day procedure: overdue now.
        var overdue = await bed.ReceiveAsync(new DateTimeOffset(2026, 11, 17, 9, 0, 0, HubDossierBed.Vietnam), processingDays: 1);
        var onTrack = await bed.ReceiveAsync(bed.Time.GetUtcNow(), processingDays: 10);
        await bed.TransferAsync(overdue);
        var queries = new DeadlineQueries(bed.Reader, WorkingCalendar.Default, Options.Create(bed.Settings));

        var before = await queries.GetAsync(Friday, default);

        Assert.Equal((2, 1, 1), (before.Open, before.Overdue, before.OverdueUnreported));
        Assert.Equal(overdue, Assert.Single(before.OverdueDossiers).Code);
        Assert.DoesNotContain(before.OverdueDossiers, o => o.Code == onTrack);

        await bed.Departments.ReportDelayAsync("STP", "sotuphap", overdue, new DelayReportBody { Reason = "Chờ xác minh", NewReturnDate = new DateOnly(2026, 12, 2) }, default);
        var after = await queries.GetAsync(Friday, default);

        Assert.Equal((2, 0, 0), (after.Open, after.Overdue, after.OverdueUnreported));
    }
}
