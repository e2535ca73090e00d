namespace CounterNode.Shared.Queue;

/// <summary>
/// Chooses the ticket a counter calls next. Pure: the same inputs always give the same ticket.
/// Within each service the priority rule picks the class (priority or normal) and the class
/// is served first-in first-out; across the services of a shared counter the candidate issued
/// earliest goes first, so no service's citizens wait longer just because of the counter's mix.
/// </summary>
public static class NextTicketSelector
{
    /// <summary>The next ticket for a counter serving <paramref name="services"/>, or null when none of them has a waiting ticket.</summary>
    public static WaitingTicket? Choose(IEnumerable<ServiceQueueState> services, IEnumerable<WaitingTicket> waiting)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(waiting);
        var byPrefix = waiting.ToLookup(t => t.Prefix, StringComparer.Ordinal);
        WaitingTicket? best = null;
        foreach (var service in services)
        {
            var candidate = ChooseWithin(service, byPrefix[service.Prefix]);
            if (candidate is not null && (best is null || WaitingTicket.Fifo.Compare(candidate, best) < 0))
                best = candidate;
        }

        return best;
    }

    /// <summary>The ticket one service would call next under its rule.</summary>
    public static WaitingTicket? ChooseWithin(ServiceQueueState service, IEnumerable<WaitingTicket> waitingOfService)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(waitingOfService);
        WaitingTicket? firstPriority = null;
        WaitingTicket? firstNormal = null;
        foreach (var ticket in waitingOfService)
        {
            if (!string.Equals(ticket.Prefix, service.Prefix, StringComparison.Ordinal))
                continue;
            if (ticket.IsPriority)
            {
                if (firstPriority is null || WaitingTicket.Fifo.Compare(ticket, firstPriority) < 0)
                    firstPriority = ticket;
            }
            else if (firstNormal is null || WaitingTicket.Fifo.Compare(ticket, firstNormal) < 0)
            {
                firstNormal = ticket;
            }
        }

        if (firstPriority is null)
            return firstNormal;
        if (firstNormal is null)
            return firstPriority;
        return service.Rule.PriorityDue(service.NormalsSinceLastPriority) ? firstPriority : firstNormal;
    }

    /// <summary>Normal tickets of <paramref name="prefix"/> called after its latest priority ticket (all of them if none).</summary>
    public static int NormalsSinceLastPriority(string prefix, IEnumerable<CalledTicket> calledToday)
    {
        ArgumentNullException.ThrowIfNull(calledToday);
        var count = 0;
        foreach (var called in calledToday.Where(c => string.Equals(c.Prefix, prefix, StringComparison.Ordinal)).OrderBy(c => c.CalledAt))
            count = called.IsPriority ? 0 : count + 1;
        return count;
    }
}
