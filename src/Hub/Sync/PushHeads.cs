namespace CounterNode.Hub.Sync;

/// <summary>What a push reads under the writers' lock: the change-log head and the pushing node's outbox head.</summary>
internal sealed record PushHeads(long Version, string LastHash, long NodeLastApplied, string NodeLastHash);
