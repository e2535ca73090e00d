using CounterNode.Shared.Sync;

namespace CounterNode.Node.Sync;

/// <summary>
/// How the node talks to the Hub. Production uses <see cref="HttpSyncTransport"/>; the
/// deterministic simulation plugs in an in-memory network that drops, delays and reorders.
/// </summary>
/// <remarks>
/// Implementations throw <see cref="HubUnreachableException"/> when no answer came (the request
/// may or may not have been processed), <see cref="HubRequestRefusedException"/> when the Hub
/// answered with a refusal.
/// </remarks>
public interface ISyncTransport
{
    /// <summary>Sends a batch of outbox entries.</summary>
    Task<PushResponse> PushAsync(PushRequest request, CancellationToken cancellationToken);

    /// <summary>Fetches changes after a cursor.</summary>
    Task<PullResponse> PullAsync(PullRequest request, CancellationToken cancellationToken);

    /// <summary>Fetches a page of a full snapshot.</summary>
    Task<BootstrapResponse> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken);

    /// <summary>Asks for the next number of a series online.</summary>
    Task<NumberResponse> NextNumberAsync(NumberRequest request, CancellationToken cancellationToken);

    /// <summary>Leases a reserve block of a series.</summary>
    Task<ReserveLeaseResponse> LeaseReserveAsync(ReserveLeaseRequest request, CancellationToken cancellationToken);
}
