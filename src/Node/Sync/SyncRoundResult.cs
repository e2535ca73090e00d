namespace CounterNode.Node.Sync;

/// <summary>What one <see cref="SyncEngine.SyncOnceAsync"/> did.</summary>
/// <param name="Pushed">Outbox entries sent.</param>
/// <param name="Pulled">Changes received.</param>
/// <param name="Bootstrapped">True when a full snapshot was loaded.</param>
/// <param name="Cursor">Cursor after the round.</param>
/// <param name="Pending">Outbox entries still waiting after the round.</param>
public sealed record SyncRoundResult(int Pushed, int Pulled, bool Bootstrapped, long Cursor, int Pending);
