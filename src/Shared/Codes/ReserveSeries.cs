using CounterNode.Shared.Sync;

namespace CounterNode.Shared.Codes;

/// <summary>
/// Builds the <see cref="NumberSeries"/> keys of reserve blocks from validated domain values, so
/// a node and the Hub always spell a series the same way (prefix or agency code, as printed).
/// </summary>
public static class ReserveSeries
{
    /// <summary>The ticket series of a service on a day.</summary>
    public static NumberSeries Tickets(TicketNumberFormat format, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new NumberSeries(NumberSeriesKind.Ticket, format.Prefix, day);
    }

    /// <summary>The dossier-sequence series of an agency on a day.</summary>
    /// <exception cref="ArgumentException">The agency is <c>default</c>.</exception>
    public static NumberSeries Dossiers(AgencyCode agency, DateOnly day)
    {
        if (agency.Value.Length == 0)
            throw new ArgumentException("The agency code is required.", nameof(agency));
        return new NumberSeries(NumberSeriesKind.Dossier, agency.Value, day);
    }
}
