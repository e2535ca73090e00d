namespace CounterNode.Shared.Sync;

/// <summary>
/// Notice that the change log moved to <paramref name="Version"/> in a scope the node sees.
/// SignalR does not guarantee delivery, so a poke is never the truth: the node pulls.
/// </summary>
/// <remarks>
/// A poke may carry the commit itself (<paramref name="Changes"/>, small commits only) so an
/// up-to-date node applies it without a pull round trip. Then <paramref name="Changes"/> holds
/// EVERY change-log entry with <paramref name="FromVersion"/> &lt; version ≤ <paramref name="Version"/>,
/// all in scopes the receiving group sees; a node applies them only when its cursor is exactly
/// <paramref name="FromVersion"/> (otherwise, or when they are absent, it pulls). Older nodes
/// ignore the extra members.
/// </remarks>
/// <param name="Version">Change-log head after the commit.</param>
/// <param name="FromVersion">Head before the commit (set with <paramref name="Changes"/>).</param>
/// <param name="Changes">The commit's changes in version order, or null for a contentless poke.</param>
/// <param name="HubClock">Packed Hub HLC after the commit (causality, as a pull's <c>HubClock</c>), or null.</param>
public sealed record SyncPoke(long Version, long? FromVersion = null, IReadOnlyList<EntityChange>? Changes = null, long? HubClock = null);
