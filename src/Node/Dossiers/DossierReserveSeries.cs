using CounterNode.Node.Configuration;
using CounterNode.Node.Queue;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// A counter's series of dossier codes for today (the agency's code): the Hub may go down before
/// the first dossier of the day, and a counter must still print unique codes then, so
/// <see cref="ReserveKeeper"/> keeps a block of it leased. Reception itself never waits for that.
/// </summary>
public sealed class DossierReserveSeries(IProcedureCatalogue catalogue, QueueClock clock, IOptions<NodeOptions> node) : IReserveSeriesSource
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<NumberSeries>> SeriesAsync(CancellationToken cancellationToken)
    {
        if (node.Value.Role != NodeRole.Counter || node.Value.CounterNumber is null)
            return [];
        var agency = await catalogue.AgencyCodeAsync(cancellationToken).ConfigureAwait(false);
        return [new NumberSeries(NumberSeriesKind.Dossier, agency, clock.Today)];
    }
}
