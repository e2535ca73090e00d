using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Sync;

/// <summary>
/// The largest number each kind of series may print: a queue ticket's default three digits
/// (A001–A999) and a dossier code's four-digit sequence (0001–9999). The Hub hands out online
/// numbers upwards from 1 and leases reserve blocks downwards from this limit, so the numbers
/// citizens see online stay consecutive and a node's offline numbers are recognisably high.
/// </summary>
public static class NumberSeriesLimits
{
    /// <summary>Largest printable number of <paramref name="kind"/>.</summary>
    public static int MaxNumber(NumberSeriesKind kind) => kind switch
    {
        NumberSeriesKind.Ticket => TicketNumberFormat.MaxNumberFor(TicketNumberFormat.DefaultWidth),
        NumberSeriesKind.Dossier => DossierCode.MaxSequence,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
