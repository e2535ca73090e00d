using CounterNode.Node.Storage;

namespace CounterNode.Node.Sync;

/// <summary>A decision recorded locally and, when the Hub answered in time, its verdict.</summary>
/// <param name="Local">The local mutation and its optimistic changes.</param>
/// <param name="Status">Applied or rejected by the Hub, or pending when the Hub did not answer in time (offline decision).</param>
public sealed record CoordinatedMutationResult(MutationResult Local, MutationStatusReport Status);
