namespace CounterNode.Shared.Sync;

/// <summary>
/// A series of printed numbers that must be unique center-wide: ticket numbers of one service
/// prefix on one day, or dossier-code sequences of one agency on one day.
/// </summary>
/// <param name="Kind">Ticket or dossier.</param>
/// <param name="Key">Service prefix (tickets) or agency code (dossiers).</param>
/// <param name="Day">The center-local day the numbers belong to.</param>
public sealed record NumberSeries(NumberSeriesKind Kind, string Key, DateOnly Day);
