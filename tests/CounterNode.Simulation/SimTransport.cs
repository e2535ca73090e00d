using CounterNode.Hub.Sync;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;

namespace CounterNode.Simulation;

/// <summary>The node's <see cref="ISyncTransport"/> over the simulated network, straight into the Hub engine (no HTTP).</summary>
internal sealed class SimTransport(NodeIdentity node, SimNetwork network, SimHub hub) : ISyncTransport
{
    public Task<PushResponse> PushAsync(PushRequest request, CancellationToken cancellationToken) =>
        network.SendAsync(node.NodeId, "push", () => hub.Engine.PushAsync(node, request, cancellationToken));

    public Task<PullResponse> PullAsync(PullRequest request, CancellationToken cancellationToken) =>
        network.SendAsync(node.NodeId, "pull", () => hub.Engine.PullAsync(node, request, cancellationToken));

    public Task<BootstrapResponse> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken) =>
        network.SendAsync(node.NodeId, "bootstrap", () => hub.Engine.BootstrapAsync(node, request, cancellationToken));

    public Task<NumberResponse> NextNumberAsync(NumberRequest request, CancellationToken cancellationToken) =>
        network.SendAsync(node.NodeId, "numbers", () => hub.Engine.NextNumberAsync(node, request, cancellationToken));

    public Task<ReserveLeaseResponse> LeaseReserveAsync(ReserveLeaseRequest request, CancellationToken cancellationToken) =>
        network.SendAsync(node.NodeId, "reserve", () => hub.Engine.LeaseReserveAsync(node, request, cancellationToken));
}
