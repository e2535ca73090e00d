using CounterNode.Node.Configuration;
using CounterNode.Node.Queue;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Kiosk;

/// <summary>
/// A kiosk's ticket series for today, one per service: <see cref="ReserveKeeper"/> keeps a block of
/// each leased from start-up, so the first ticket of the day prints even when the Hub is down or
/// slower than the number deadline.
/// </summary>
public sealed class TicketReserveSeries(QueueCatalog catalog, QueueClock clock, IOptions<NodeOptions> node) : IReserveSeriesSource
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<NumberSeries>> SeriesAsync(CancellationToken cancellationToken)
    {
        if (node.Value.Role != NodeRole.Kiosk)
            return ValueTask.FromResult<IReadOnlyList<NumberSeries>>([]);
        var day = clock.Today;
        return ValueTask.FromResult<IReadOnlyList<NumberSeries>>(
            [.. catalog.Services.Select(s => new NumberSeries(NumberSeriesKind.Ticket, s.Prefix, day))]);
    }
}
