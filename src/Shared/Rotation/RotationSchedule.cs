using System.Globalization;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// The rotation schedule of one shared counter (entity <c>rotation.schedule</c>, id = counter
/// number, scope <c>counter:N</c> — the counter's node pulls it). Entries never overlap.
/// </summary>
/// <param name="Counter">Counter number.</param>
/// <param name="Entries">Entries ordered by id.</param>
public sealed record RotationSchedule(int Counter, IReadOnlyList<RotationEntry> Entries)
{
    /// <summary>The entity id of a counter's schedule.</summary>
    public static string IdOf(int counter) => counter.ToString(CultureInfo.InvariantCulture);

    /// <summary>The entity scope of a counter's schedule.</summary>
    public static string ScopeOf(int counter) => SyncScope.Counter(counter);

    /// <summary>The entry covering <paramref name="halfDay"/>, if any (at most one: overlaps are refused).</summary>
    public RotationEntry? EntryFor(WorkingHalfDay halfDay) => Entries.FirstOrDefault(e => e.Covers(halfDay));
}
