using CounterNode.Node.Storage;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// Plays the Hub's side for one node without a Hub process: runs department decisions through
/// the shared mutators as node <c>hub</c> on the state the Hub would hold (the node's dossier, as
/// pushed), and delivers the resulting entity changes through the replica's real pull path
/// (<see cref="NodeReplica.ApplyPullAsync"/>), acknowledging the node's mutations as the Hub would.
/// </summary>
internal sealed class DossierHubSimulator(NodeReplica replica)
{
    private long _mutationId;

    /// <summary>Applies department steps to <paramref name="code"/> at the "Hub" and pulls the result into the node.</summary>
    public async Task DecideAsync(string code, params (string Type, object Payload)[] steps)
    {
        var known = await replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None)
            ?? throw new InvalidOperationException($"The node does not hold {code}.");
        var status = await replica.GetAsync(DossierEntityTypes.Status, code, CancellationToken.None);
        var hubState = new Dictionary<(string, string), SessionEntity>
        {
            [(DossierEntityTypes.Dossier, code)] = new(known.Type, known.Id, known.Scope, known.Data),
        };
        if (status is not null)
            hubState[(DossierEntityTypes.Status, code)] = new(status.Type, status.Id, status.Scope, status.Data);
        var session = new BufferedEntitySession((type, id) => hubState.GetValueOrDefault((type, id)));
        foreach (var (type, payload) in steps)
        {
            var hlc = HybridTimestamp.Create(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 0);
            MutatorRegistry.Default.Apply(type,
                new MutationContext(DossierMutationTypes.HubNodeId, ++_mutationId, Guid.CreateVersion7(), hlc, "stp-truong-phong", IsAuthoritative: true),
                MutatorJson.ToElement(payload), session);
        }

        await DeliverAsync(session.Writes);
    }

    /// <summary>Delivers the node's current dossier state again (a re-pull of the same versions' content).</summary>
    public async Task RedeliverAsync(string code)
    {
        var known = await replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None)
            ?? throw new InvalidOperationException($"The node does not hold {code}.");
        await DeliverAsync([new EntityWrite(known.Type, known.Id, known.Scope, known.Data)]);
    }

    private async Task DeliverAsync(IReadOnlyList<EntityWrite> writes)
    {
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        var version = state.Cursor;
        var changes = writes.Select(w => new EntityChange(++version, w.Type, w.Id, w.Scope, w.Data)).ToList();
        await replica.ApplyPullAsync(
            new PullResponse(changes, version, HasMore: false, LastApplied: state.LastMutationId, ResetRequired: false,
                HybridTimestamp.Create(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 0)),
            CancellationToken.None);
    }
}
