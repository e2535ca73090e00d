using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Shared.Identifiers;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Scopes;
using CounterNode.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Makes changes that originate at the Hub (catalogue edits, department decisions, rotation
/// schedules…) go through exactly the same path as a node's: the Hub acts as the built-in node
/// <see cref="HubNodeId"/>, so its mutations are hash-chained, applied by the shared mutators,
/// written to the commit-ordered change log and poked to the affected nodes. One writer at a
/// time keeps the Hub's own mutation ids gapless.
/// </summary>
public sealed class HubMutationIssuer(HubSyncEngine engine, IDbContextFactory<HubDbContext> contexts, TimeProvider time)
{
    /// <summary>Node id under which the Hub's own mutations are recorded (cannot authenticate: no usable key).</summary>
    public const string HubNodeId = "hub";

    private static readonly NodeIdentity Identity = new(HubNodeId, [SyncScope.All]);
    private const int MaxAttempts = 20;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Uuid7 _ids = new(time);
    private long _lastHlc;

    /// <summary>Applies one Hub-originated mutation and returns the change-log version it produced.</summary>
    /// <param name="type">Mutation type, e.g. <c>catalogue.put</c>.</param>
    /// <param name="payload">Payload object, serialised with <see cref="SyncJson.Options"/>.</param>
    /// <param name="officer">User at the Hub who made the change (department officer, administrator).</param>
    /// <exception cref="HubMutationRejectedException">The shared rules refused it; nothing changed.</exception>
    public async Task<HubMutationResult> IssueAsync(string type, object payload, string? officer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(payload);
        var element = JsonSerializer.SerializeToElement(payload, payload.GetType(), SyncJson.Options);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another Hub instance (several behind a load balancer) may take the same mutation id
            // between our read of the head and our push: the push is then refused as a gap or a
            // chain mismatch with nothing stored, and we retry on the new head.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await IssueOnceAsync(type, element, officer, cancellationToken);
                }
                catch (SyncRequestException ex) when (ex is HashChainBrokenException or MutationGapException && attempt < MaxAttempts)
                {
                    // A short real-time jitter (not the injected clock: tests freeze that one) so two
                    // instances racing for the head do not collide again in lock step.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + attempt * 3)), cancellationToken);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HubMutationResult> IssueOnceAsync(string type, JsonElement element, string? officer, CancellationToken cancellationToken)
    {
        long lastApplied;
        string lastHash;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = await db.Nodes.AsNoTracking().SingleAsync(n => n.NodeId == HubNodeId, cancellationToken);
            lastApplied = row.LastApplied;
            lastHash = row.LastHash;
        }

        var hlc = NextHlc();
        var id = _ids.NewId();
        var mutationId = lastApplied + 1;
        var hash = MutationHasher.Compute(lastHash, HubNodeId, mutationId, id, type, element.GetRawText(), hlc, officer);
        var mutation = new Mutation(HubNodeId, mutationId, id, type, element, hlc, officer, lastHash, hash);
        var response = await engine.PushAsync(Identity, new PushRequest(SyncProtocol.Version, HubNodeId, [mutation]), cancellationToken);
        var outcome = response.Outcomes.Single(o => o.MutationId == mutationId);
        if (outcome.Status == MutationStatus.Rejected)
            throw new HubMutationRejectedException(type, outcome.ReasonCode ?? "rejected", outcome.Reason ?? "Refused by the rules.");
        if (outcome.Status != MutationStatus.Applied)
            throw new HashChainBrokenException(mutationId, $"Mutation {mutationId} of the Hub was taken by another Hub instance.");
        return new HubMutationResult(id, response.HubVersion);
    }

    // Physical milliseconds with a logical counter: strictly increasing even when several
    // changes are made within one millisecond or the wall clock steps back.
    private HybridTimestamp NextHlc()
    {
        var physical = new HybridTimestamp(time.GetUtcNow().ToUnixTimeMilliseconds() << HybridTimestamp.LogicalBits).Value;
        _lastHlc = Math.Max(physical, _lastHlc + 1);
        return new HybridTimestamp(_lastHlc);
    }
}
