using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Board;

/// <summary>Wakes the <see cref="BoardBroadcaster"/> early after any commit (it still polls the change-log head).</summary>
public sealed class BoardChangeSignal : CommitSignal;
