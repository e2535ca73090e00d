namespace CounterNode.Shared.Sync;

/// <summary>
/// What the Hub did with a push. <see cref="LastApplied"/> is the highest mutation id of the
/// node that the Hub has applied or refused; the node may drop outbox entries up to it once a
/// pull has brought the resulting state.
/// </summary>
public sealed record PushResponse(long LastApplied, long HubVersion, IReadOnlyList<MutationOutcome> Outcomes);
