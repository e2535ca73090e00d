using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>
/// Names number series this node prints from and must be able to continue offline (a kiosk's
/// ticket series, a counter's dossier codes). <see cref="ReserveKeeper"/> keeps a reserve block
/// of each leased while the Hub is up, so the first number after the Hub goes down is ready.
/// </summary>
public interface IReserveSeriesSource
{
    /// <summary>Today's series (empty when this node's role prints none of them).</summary>
    ValueTask<IReadOnlyList<NumberSeries>> SeriesAsync(CancellationToken cancellationToken);
}
