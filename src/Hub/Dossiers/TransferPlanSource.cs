using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Dossiers.Transfer;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Builds the <see cref="TransferPlanner"/> in force from the working calendar and the synced
/// catalogue (<c>catalogue.center</c>: <c>paperTransferTimes</c>, <c>cutOff</c>), read at every
/// use so an edit at the Hub takes effect at the next batch. An unusable catalogue value falls
/// back to the regulation's default (10:30 and 16:30, cut-off of the calendar) and is logged once.
/// </summary>
public sealed class TransferPlanSource(DossierReader reader, IWorkingCalendarSource calendar, ILogger<TransferPlanSource> logger)
{
    private string? _lastProblem;

    /// <summary>The working calendar the plans use.</summary>
    public WorkingCalendar Calendar => calendar.Current;

    /// <summary>The planner for the catalogue as it is now.</summary>
    public async Task<TransferPlanner> GetAsync(CancellationToken cancellationToken)
    {
        var center = await reader.GetCenterAsync(cancellationToken);
        var schedule = PaperTransferSchedule.Default;
        TimeOnly? cutOff = null;
        string? problem = null;
        if (center is not null)
        {
            try
            {
                schedule = PaperTransferSchedule.Parse(center.PaperTransferTimes ?? []);
            }
            catch (InvalidTransferScheduleException ex)
            {
                problem = ex.Problem;
            }

            if (CatalogueTime.TryParse(center.CutOff, out var parsed))
                cutOff = parsed;
            else
                problem ??= $"cut-off '{center.CutOff}' is not HH:mm";
        }

        if (problem is not null && !string.Equals(problem, _lastProblem, StringComparison.Ordinal))
            DossierHubLog.ScheduleFallback(logger, problem, $"{schedule}, cut-off {CatalogueTime.ToText(cutOff ?? calendar.Current.CutOff)}");
        _lastProblem = problem;
        return new TransferPlanner(calendar.Current, schedule, cutOff);
    }
}
