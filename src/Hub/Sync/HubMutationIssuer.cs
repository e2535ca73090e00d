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
            return new HubMutationResult(id, response.HubVersion);
        }
        finally
        {
            _gate.Release();
        }
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
