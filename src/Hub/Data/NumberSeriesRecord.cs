using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Data;

/// <summary>Last number handed out in a series, online or as part of a reserve lease.</summary>
public sealed class NumberSeriesRecord
{
    public NumberSeriesKind Kind { get; set; }

    public required string Key { get; set; }

    public DateOnly Day { get; set; }

    /// <summary>Highest number handed out (0 before the first).</summary>
    public int Last { get; set; }

    /// <summary>
    /// Lowest number leased as a reserve block so far (0 = none yet). Reserve blocks are taken
    /// downwards from the series' limit (<see cref="Shared.Sync.NumberSeriesLimits"/>), online
    /// numbers upwards from 1; the series is exhausted when the two meet.
    /// </summary>
    public int ReserveFloor { get; set; }
}
