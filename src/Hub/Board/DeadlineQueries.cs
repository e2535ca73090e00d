using CounterNode.Hub.Dossiers;
using CounterNode.Shared.Calendar;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Board;

/// <summary>Reads the open dossier statuses (public-safe entities, no names) and projects the board's deadlines.</summary>
public sealed class DeadlineQueries(DossierReader reader, IWorkingCalendarSource calendar, IOptions<DossierHubOptions> options)
{
    /// <summary>The deadline view of the center-local day <paramref name="today"/>.</summary>
    public async Task<DeadlineView> GetAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var statuses = await reader.GetOpenStatusesAsync(cancellationToken);
        var settings = options.Value;
        return DeadlineProjection.Project(statuses, today, calendar.Current, settings.AtRiskWorkingDays, settings.OverdueListLimit);
    }
}
