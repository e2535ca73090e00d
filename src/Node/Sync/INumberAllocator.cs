using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>
/// Hands out printed numbers (ticket numbers, dossier-code sequences) that are unique
/// center-wide whatever fails: online from the Hub, offline from reserve blocks the Hub leased
/// to this node alone.
/// </summary>
public interface INumberAllocator
{
    /// <summary>
    /// The next number of <paramref name="series"/>, recorded on disk before it is returned.
    /// Record it in the mutation that uses it (e.g. <c>ticket.issue</c>) and print only after
    /// that mutation returned.
    /// </summary>
    /// <exception cref="ReserveExhaustedException">Hub unreachable and no reserve left.</exception>
    Task<AllocatedNumber> AllocateAsync(NumberSeries series, CancellationToken cancellationToken);

    /// <summary>Leases a reserve block now if fewer than the low-water mark are left (e.g. at the start of a day).</summary>
    /// <returns>Numbers left in the reserve afterwards.</returns>
    /// <exception cref="HubUnreachableException">The Hub could not be asked.</exception>
    /// <exception cref="SyncProtocolViolationException">The Hub answered with a block that does not match the request.</exception>
    Task<int> EnsureReserveAsync(NumberSeries series, CancellationToken cancellationToken);
}
