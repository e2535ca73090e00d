using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// Makes a dossier this test node received look, through the replica's real pull path, as the
/// Hub holds a dossier received at ANOTHER counter (optionally of another department): the node
/// then stands for a second counter that did not receive it, so its notice watcher prints nothing.
/// </summary>
internal static class ReceivedElsewhere
{
    public const string OtherCounter = "counter-02";

    public static async Task MoveAsync(NodeReplica replica, string code, string receivedByNode = OtherCounter, string? department = null)
    {
        var known = await replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None)
            ?? throw new InvalidOperationException($"The node does not hold {code}.");
        var dossier = known.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        var moved = dossier with
        {
            Department = department ?? dossier.Department,
            Reception = dossier.Reception with { ReceivedByNode = receivedByNode },
        };
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        var scope = department is null ? known.Scope : "dept:" + department;
        await replica.ApplyPullAsync(
            new PullResponse([new EntityChange(state.Cursor + 1, known.Type, known.Id, scope, MutatorJson.ToElement(moved))], state.Cursor + 1,
                HasMore: false, LastApplied: state.LastMutationId, ResetRequired: false, HybridTimestamp.Create(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 0)),
            CancellationToken.None);
    }
}
