using System.Globalization;
using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Sync;

/// <summary>
/// A day's series has no number left: online numbers (going up) met the reserve blocks (going
/// down from the printable limit). The node falls back to its own reserve; the center must
/// widen the series (e.g. another service prefix) before the next day.
/// </summary>
public sealed class NumberSeriesExhaustedException(NumberSeries series, int lastOnline, int reserveFloor)
    : SyncRequestException(string.Create(CultureInfo.InvariantCulture,
        $"The {series.Kind} series {series.Key} of {series.Day:yyyy-MM-dd} has no numbers left (online up to {lastOnline}, reserve blocks from {reserveFloor})."))
{
    public override int StatusCode => StatusCodes.Status409Conflict;

    public override string Title => "Number series exhausted";
}
