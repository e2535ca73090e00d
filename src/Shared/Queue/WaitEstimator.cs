namespace CounterNode.Shared.Queue;

/// <summary>
/// Estimated wait from recent service times: the median of the last <see cref="SampleSize"/>
/// services (the median, because one long dossier must not scare everyone away), times the
/// rounds of calls needed before this ticket with the service's counters working in parallel.
/// </summary>
public static class WaitEstimator
{
    /// <summary>How many recent service times count.</summary>
    public const int SampleSize = 20;

    /// <summary>The estimate for a ticket with <paramref name="peopleAhead"/> before it.</summary>
    /// <param name="peopleAhead">Tickets of the same service waiting before it (0 or more).</param>
    /// <param name="recentServiceTimes">Service times of the service, most recent LAST.</param>
    /// <param name="counters">Counters serving the service (at least 1).</param>
    /// <param name="fallback">Service time assumed with no history yet.</param>
    public static TimeSpan Estimate(int peopleAhead, IReadOnlyList<TimeSpan> recentServiceTimes, int counters, TimeSpan fallback)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(peopleAhead);
        ArgumentNullException.ThrowIfNull(recentServiceTimes);
        ArgumentOutOfRangeException.ThrowIfLessThan(counters, 1);
        if (peopleAhead == 0)
            return TimeSpan.Zero;
        var perTicket = Median(recentServiceTimes.Skip(Math.Max(0, recentServiceTimes.Count - SampleSize)).Where(t => t > TimeSpan.Zero).ToList()) ?? fallback;
        var rounds = (peopleAhead + counters - 1) / counters;
        return perTicket * rounds;
    }

    /// <summary>Tickets of <paramref name="ticket"/>'s service waiting before it in FIFO order.</summary>
    public static int PeopleAhead(WaitingTicket ticket, IEnumerable<WaitingTicket> waiting)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(waiting);
        return waiting.Count(t => t.Id != ticket.Id
            && string.Equals(t.Prefix, ticket.Prefix, StringComparison.Ordinal)
            && WaitingTicket.Fifo.Compare(t, ticket) < 0);
    }

    private static TimeSpan? Median(List<TimeSpan> samples)
    {
        if (samples.Count == 0)
            return null;
        samples.Sort();
        var mid = samples.Count / 2;
        return samples.Count % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
    }
}
