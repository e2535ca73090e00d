using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;

namespace CounterNode.Shared.Codes;

/// <summary>
/// The reserve blocks a node holds (or, at the Hub, every block leased), guarded against
/// overlap: within one series and day no two blocks share a number, whichever nodes hold them.
/// Numbers are drawn from the block with the lowest numbers that still has some, so blocks are
/// used up in order. Thread-safe.
/// </summary>
public sealed class ReserveBlockSet
{
    private readonly Lock _gate = new();
    private readonly Dictionary<NumberSeries, List<ReserveBlockCursor>> _bySeries = [];

    /// <summary>Every block held, in no particular order.</summary>
    public IReadOnlyList<ReserveBlock> Blocks
    {
        get
        {
            lock (_gate)
                return [.. _bySeries.Values.SelectMany(c => c).Select(c => c.Block)];
        }
    }

    /// <summary>Adds a block.</summary>
    /// <param name="block">The block.</param>
    /// <param name="lastTaken">Last number already used from it (when restoring), or null.</param>
    /// <returns>The cursor drawing from the block.</returns>
    /// <exception cref="ReserveBlockOverlapException">It shares numbers with a block already held; nothing changes.</exception>
    public ReserveBlockCursor Add(ReserveBlock block, int? lastTaken = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var cursor = new ReserveBlockCursor(block, lastTaken);
        lock (_gate)
        {
            if (!_bySeries.TryGetValue(block.Series, out var cursors))
            {
                cursors = [];
                _bySeries.Add(block.Series, cursors);
            }

            foreach (var existing in cursors)
            {
                if (existing.Block.Overlaps(block))
                    throw new ReserveBlockOverlapException(block, existing.Block);
            }

            var index = cursors.FindIndex(c => c.Block.First > block.First);
            cursors.Insert(index < 0 ? cursors.Count : index, cursor);
            return cursor;
        }
    }

    /// <summary>True if <paramref name="block"/> could be added without overlap.</summary>
    public bool CanAdd(ReserveBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (_gate)
            return !_bySeries.TryGetValue(block.Series, out var cursors) || !cursors.Any(c => c.Block.Overlaps(block));
    }

    /// <summary>Numbers left in a series.</summary>
    public int Remaining(NumberSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        lock (_gate)
            return _bySeries.TryGetValue(series, out var cursors) ? cursors.Sum(c => c.Remaining) : 0;
    }

    /// <summary>Takes the next number of a series from the lowest block that has one.</summary>
    /// <exception cref="ReserveBlockExhaustedException">No block of the series has numbers left.</exception>
    public int Take(NumberSeries series) =>
        TryTake(series, out var number) ? number : throw new ReserveBlockExhaustedException(series);

    /// <summary>Takes the next number of a series if any is left.</summary>
    public bool TryTake(NumberSeries series, out int number)
    {
        ArgumentNullException.ThrowIfNull(series);
        lock (_gate)
        {
            if (_bySeries.TryGetValue(series, out var cursors))
            {
                foreach (var cursor in cursors)
                {
                    if (cursor.TryTake(out number))
                        return true;
                }
            }
        }

        number = 0;
        return false;
    }

    /// <summary>Draws the next dossier code of <paramref name="agency"/> on <paramref name="day"/> from the reserve.</summary>
    /// <exception cref="ReserveBlockExhaustedException">No reserve sequence is left.</exception>
    public DossierCode TakeDossierCode(AgencyCode agency, DateOnly day) =>
        new(agency, day, Take(ReserveSeries.Dossiers(agency, day)));

    /// <summary>Draws the next ticket number of a service on <paramref name="day"/> from the reserve.</summary>
    /// <remarks>Lease ticket blocks with <c>maxNumber: format.MaxNumber</c> so every number fits the printed width.</remarks>
    /// <exception cref="ReserveBlockExhaustedException">No reserve number is left.</exception>
    public TicketNumber TakeTicketNumber(TicketNumberFormat format, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Create(Take(ReserveSeries.Tickets(format, day)));
    }

    /// <summary>Forgets blocks of days before <paramref name="day"/>; their numbers can no longer be printed.</summary>
    /// <returns>How many blocks were removed.</returns>
    public int RemoveDaysBefore(DateOnly day)
    {
        lock (_gate)
        {
            var stale = _bySeries.Keys.Where(s => s.Day < day).ToList();
            var removed = 0;
            foreach (var series in stale)
            {
                removed += _bySeries[series].Count;
                _bySeries.Remove(series);
            }

            return removed;
        }
    }
}
