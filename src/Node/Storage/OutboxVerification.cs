namespace CounterNode.Node.Storage;

/// <summary>Result of checking the outbox hash chain.</summary>
/// <param name="IsIntact">True when every retained entry links to the previous one and hashes correctly.</param>
/// <param name="EntriesChecked">How many entries were checked.</param>
/// <param name="FirstBrokenMutationId">The first entry that does not verify, if any.</param>
/// <param name="Problem">What is wrong with it (English, for the operator's log).</param>
public sealed record OutboxVerification(bool IsIntact, int EntriesChecked, long? FirstBrokenMutationId, string? Problem);
