using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;

namespace CounterNode.Node.Tests.Sync;

/// <summary>Wraps a transport and makes number requests fail in a chosen way.</summary>
internal sealed class ScriptedNumberTransport(ISyncTransport inner) : ISyncTransport
{
    public NumberMode Mode { get; set; } = NumberMode.Answer;

    public Task<PushResponse> PushAsync(PushRequest request, CancellationToken cancellationToken) => inner.PushAsync(request, cancellationToken);

    public Task<PullResponse> PullAsync(PullRequest request, CancellationToken cancellationToken) => inner.PullAsync(request, cancellationToken);

    public Task<BootstrapResponse> BootstrapAsync(BootstrapRequest request, CancellationToken cancellationToken) => inner.BootstrapAsync(request, cancellationToken);

    public Task<ReserveLeaseResponse> LeaseReserveAsync(ReserveLeaseRequest request, CancellationToken cancellationToken) =>
        Mode == NumberMode.Unreachable
            ? Task.FromException<ReserveLeaseResponse>(new HubUnreachableException("reserve", "scripted"))
            : inner.LeaseReserveAsync(request, cancellationToken);

    public async Task<NumberResponse> NextNumberAsync(NumberRequest request, CancellationToken cancellationToken)
    {
        switch (Mode)
        {
            case NumberMode.Unreachable:
                throw new HubUnreachableException("numbers", "scripted");
            case NumberMode.Hang:
                // The Hub assigned a number, but the answer never arrives before the deadline.
                await inner.NextNumberAsync(request, CancellationToken.None);
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            case NumberMode.LateAnswer:
                await inner.NextNumberAsync(request, CancellationToken.None);
                throw new TaskCanceledException("answer came after the deadline");
            default:
                return await inner.NextNumberAsync(request, cancellationToken);
        }
    }
}
