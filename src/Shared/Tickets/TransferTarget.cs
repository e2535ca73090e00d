using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Tickets;

/// <summary>Where a transferred ticket waits next: a service's queue, optionally one counter of it.</summary>
public sealed record TransferTarget
{
    /// <param name="servicePrefix">Service whose queue the ticket joins.</param>
    /// <param name="counter">A specific counter number, or null for any counter of the service.</param>
    /// <exception cref="ArgumentException">The prefix is not 1–2 letters A–Z.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The counter number is not positive.</exception>
    public TransferTarget(string servicePrefix, int? counter = null)
    {
        TicketNumberFormat.ThrowIfInvalidPrefix(servicePrefix);
        if (counter is { } c)
            ArgumentOutOfRangeException.ThrowIfLessThan(c, 1, nameof(counter));
        ServicePrefix = servicePrefix;
        Counter = counter;
    }

    /// <summary>Service whose queue the ticket joins.</summary>
    public string ServicePrefix { get; }

    /// <summary>A specific counter, or null for any counter of the service.</summary>
    public int? Counter { get; }
}
