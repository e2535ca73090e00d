namespace CounterNode.Node.Storage;

/// <summary>What storing a pull did.</summary>
/// <param name="ChangesStored">Entity changes written to the server state.</param>
/// <param name="MutationsDropped">Acknowledged outbox entries dropped.</param>
/// <param name="MutationsRebased">Pending entries re-applied on top.</param>
/// <param name="EntitiesChanged">Entities whose effective state changed (notifications sent).</param>
public sealed record PullApplyResult(int ChangesStored, int MutationsDropped, int MutationsRebased, int EntitiesChanged);
