using System.Text.Json;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Hub.Board;

/// <summary>
/// Dossier statuses to the board's deadline view (pure: same inputs, same view). A deadline runs
/// while the dossier is with the center or its department: received, transferred, processing or
/// supplemented. It does not while the citizen is asked for a supplement (the time is theirs), nor
/// once the result is ready, returned or the dossier refused.
/// </summary>
public static class DeadlineProjection
{
    private const int MaxCountedDays = 1000;

    /// <summary>True for the states in which the return date is the department's to keep.</summary>
    public static bool IsRunning(DossierState state) => state is
        DossierState.Received or DossierState.TransferredToDepartment or DossierState.Processing or DossierState.Supplemented;

    /// <summary>Builds the view for the center-local day <paramref name="today"/>.</summary>
    /// <param name="statuses">Public-safe dossier statuses (any state; closed ones are skipped).</param>
    /// <param name="today">Center-local day.</param>
    /// <param name="calendar">Working calendar (at-risk window and days overdue count working days).</param>
    /// <param name="atRiskWorkingDays">A dossier due within this many working days after today is at risk.</param>
    /// <param name="listLimit">Most overdue dossiers listed.</param>
    public static DeadlineView Project(IEnumerable<DossierStatusEntity> statuses, DateOnly today, WorkingCalendar calendar, int atRiskWorkingDays, int listLimit)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(calendar);
        var riskLimit = calendar.AddWorkingDays(today, Math.Max(0, atRiskWorkingDays));
        var rows = statuses
            .Where(s => IsRunning(s.State))
            .Select(s => new Row(s, Classify(s, today, riskLimit)))
            .ToList();

        var departments = rows
            .GroupBy(r => r.Status.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g))
            .ToList();
        var total = Count(string.Empty, rows);
        var overdue = rows
            .Where(r => r.Kind == Kind.Overdue)
            .Select(r => new OverdueDossierView(
                r.Status.Code,
                r.Status.Department,
                r.Status.ReturnDate,
                WorkingDaysBetween(calendar, r.Status.ReturnDate, today),
                r.Status.IsLate,
                JsonNamingPolicy.KebabCaseLower.ConvertName(r.Status.State.ToString())))
            .OrderBy(o => o.ReturnDate)
            .ThenBy(o => o.Code, StringComparer.Ordinal)
            .Take(Math.Max(0, listLimit))
            .ToList();
        return new DeadlineView(total.Open, total.DueToday, total.AtRisk, total.Overdue, total.OverdueUnreported, departments, overdue);
    }

    /// <summary>Working days after <paramref name="returnDate"/> up to and including <paramref name="today"/>.</summary>
    public static int WorkingDaysBetween(WorkingCalendar calendar, DateOnly returnDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = 0;
        for (var day = returnDate; days < MaxCountedDays;)
        {
            day = calendar.NextWorkingDay(day);
            if (day > today)
                break;
            days++;
        }

        return days;
    }

    private static Kind Classify(DossierStatusEntity status, DateOnly today, DateOnly riskLimit) =>
        status.ReturnDate < today ? Kind.Overdue :
        status.ReturnDate == today ? Kind.DueToday :
        status.ReturnDate <= riskLimit ? Kind.AtRisk :
        Kind.OnTrack;

    private static DepartmentDeadlineView Count(string department, IEnumerable<Row> rows)
    {
        int open = 0, dueToday = 0, atRisk = 0, overdue = 0, unreported = 0;
        foreach (var row in rows)
        {
            open++;
            switch (row.Kind)
            {
                case Kind.DueToday:
                    dueToday++;
                    break;
                case Kind.AtRisk:
                    atRisk++;
                    break;
                case Kind.Overdue:
                    overdue++;
                    if (!row.Status.IsLate)
                        unreported++;
                    break;
            }
        }

        return new DepartmentDeadlineView(department, open, dueToday, atRisk, overdue, unreported);
    }

    private enum Kind
    {
        OnTrack,
        AtRisk,
        DueToday,
        Overdue,
    }

    private sealed record Row(DossierStatusEntity Status, Kind Kind);
}
