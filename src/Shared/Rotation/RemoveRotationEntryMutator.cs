using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary><c>rotation.remove</c> (Hub only): drops one entry from a counter's schedule.</summary>
public sealed class RemoveRotationEntryMutator : IMutator
{
    /// <inheritdoc />
    public string Type => RotationMutationTypes.Remove;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        RotationRules.RequireHub(context, Type);
        var p = MutatorJson.ReadPayload<RemoveRotationEntryPayload>(Type, payload);
        if (!RotationRules.IsId(p.Id) || p.Counter is < 1 or > 999)
            throw new InvalidRotationEntryException("id", "and counter must name an entry.", "mục lịch cần xóa không hợp lệ.");
        var schedule = ScheduleStore.Read(entities, p.Counter);
        var kept = schedule.Entries.Where(e => !string.Equals(e.Id, p.Id, StringComparison.Ordinal)).ToList();
        if (kept.Count == schedule.Entries.Count)
            throw new RotationEntryNotFoundException(p.Id, p.Counter);
        ScheduleStore.Write(entities, schedule with { Entries = kept });
    }
}
