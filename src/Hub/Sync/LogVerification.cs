namespace CounterNode.Hub.Sync;

/// <summary>Result of verifying the change-log hash chain.</summary>
/// <param name="IsIntact">True when every entry links and hashes correctly.</param>
/// <param name="EntriesChecked">Entries read.</param>
/// <param name="FirstBrokenVersion">Version of the first entry that fails, if any.</param>
/// <param name="Problem">What is wrong there.</param>
public sealed record LogVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenVersion, string? Problem);
