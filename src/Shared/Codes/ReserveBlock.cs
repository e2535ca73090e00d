using System.Globalization;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;

namespace CounterNode.Shared.Codes;

/// <summary>
/// A contiguous range of numbers <see cref="First"/>..<see cref="Last"/> of one series (a
/// service's ticket numbers or an agency's dossier sequences) on one day, leased by the Hub to
/// one node so it can keep printing unique numbers while offline (DESIGN "Facts vs decisions").
/// Immutable and validated on construction; <c>with</c> cannot bypass the checks because the
/// properties have no setters.
/// </summary>
public sealed record ReserveBlock
{
    /// <summary>Largest number any series allows: 4-digit ticket numbers, 4-digit dossier sequences.</summary>
    public const int AbsoluteMaxNumber = 9999;

    /// <summary>Creates and checks a block.</summary>
    /// <param name="series">Series and day.</param>
    /// <param name="nodeId">The node that holds it.</param>
    /// <param name="first">First number, at least 1.</param>
    /// <param name="last">Last number, at least <paramref name="first"/>.</param>
    /// <param name="maxNumber">A tighter limit of the series, e.g. 999 for a 3-digit ticket service.</param>
    /// <exception cref="InvalidReserveBlockException">Any check fails.</exception>
    public ReserveBlock(NumberSeries series, string nodeId, int first, int last, int maxNumber = AbsoluteMaxNumber)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (string.IsNullOrWhiteSpace(nodeId))
            throw new InvalidReserveBlockException("reserve-block.missing-node", "A reserve block must name the node that holds it.", "Khối số dự phòng phải ghi rõ máy trạm được cấp.");
        CheckSeriesKey(series);
        if (maxNumber is < 1 or > AbsoluteMaxNumber)
            throw new ArgumentOutOfRangeException(nameof(maxNumber), maxNumber, "The series limit must be 1..9999.");
        if (first > last)
        {
            throw new InvalidReserveBlockException(
                "reserve-block.reversed-range",
                string.Create(CultureInfo.InvariantCulture, $"Reserve block {first}..{last} of {series.Key} is empty or reversed (first must not exceed last)."),
                string.Create(CultureInfo.InvariantCulture, $"Khối số dự phòng {first}..{last} của dãy {series.Key} không hợp lệ (số đầu lớn hơn số cuối)."));
        }

        if (first < 1 || last > maxNumber)
        {
            throw new InvalidReserveBlockException(
                "reserve-block.out-of-range",
                string.Create(CultureInfo.InvariantCulture, $"Reserve block {first}..{last} of {series.Key} is outside the series' numbers 1..{maxNumber}."),
                string.Create(CultureInfo.InvariantCulture, $"Khối số dự phòng {first}..{last} của dãy {series.Key} nằm ngoài phạm vi 1..{maxNumber}."));
        }

        Series = series;
        NodeId = nodeId;
        First = first;
        Last = last;
    }

    /// <summary>Series (kind, key, day).</summary>
    public NumberSeries Series { get; }

    /// <summary>The day the numbers belong to.</summary>
    public DateOnly Day => Series.Day;

    /// <summary>The node holding the block.</summary>
    public string NodeId { get; }

    /// <summary>First number.</summary>
    public int First { get; }

    /// <summary>Last number (inclusive).</summary>
    public int Last { get; }

    /// <summary>How many numbers the block holds.</summary>
    public int Count => Last - First + 1;

    /// <summary>A block from the Hub's lease answer.</summary>
    /// <exception cref="InvalidReserveBlockException">The lease is not a valid block.</exception>
    public static ReserveBlock FromLease(ReserveLeaseResponse lease, int maxNumber = AbsoluteMaxNumber)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return new ReserveBlock(lease.Series, lease.NodeId, lease.First, lease.Last, maxNumber);
    }

    /// <summary>True when <paramref name="number"/> is in the block.</summary>
    public bool Contains(int number) => number >= First && number <= Last;

    /// <summary>True when both blocks are of the same series and day and share a number (whatever their nodes).</summary>
    public bool Overlaps(ReserveBlock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Series == other.Series && First <= other.Last && other.First <= Last;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Series.Kind}:{Series.Key}@{Series.Day:yyyy-MM-dd}[{First}..{Last}]→{NodeId}");

    private static void CheckSeriesKey(NumberSeries series)
    {
        var valid = series.Kind switch
        {
            NumberSeriesKind.Ticket => TicketNumberFormat.IsValidPrefix(series.Key),
            NumberSeriesKind.Dossier => AgencyCode.IsValid(series.Key),
            _ => false,
        };
        if (!valid)
        {
            throw new InvalidReserveBlockException(
                "reserve-block.invalid-series-key",
                $"Reserve block series key is not a valid {(series.Kind == NumberSeriesKind.Ticket ? "service prefix" : "agency code")}.",
                "Khóa của dãy số dự phòng không hợp lệ.");
        }

        if (series.Kind == NumberSeriesKind.Dossier && (series.Day < DossierCode.MinDate || series.Day > DossierCode.MaxDate))
        {
            throw new InvalidReserveBlockException(
                "reserve-block.day-out-of-range",
                "A dossier series day must be within 2000-2099 (two-digit year in the code).",
                "Ngày của dãy mã hồ sơ phải trong khoảng 2000-2099.");
        }
    }
}
