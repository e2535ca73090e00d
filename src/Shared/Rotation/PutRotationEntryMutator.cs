using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// <c>rotation.put</c> (Hub only): creates or replaces one entry of a shared counter's schedule.
/// The counter must be shared, the department one of the counter's, the officer an active
/// officer of that department, and no other entry of the counter may cover the same half-day.
/// </summary>
public sealed class PutRotationEntryMutator : IMutator
{
    /// <inheritdoc />
    public string Type => RotationMutationTypes.Put;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        RotationRules.RequireHub(context, Type);
        var entry = MutatorJson.ReadPayload<RotationEntry>(Type, payload);
        RotationRules.ValidateShape(entry);
        // Keep the stored lists canonical (sorted, no repeats): equal schedules are equal bytes.
        entry = entry with { DaysOfWeek = [.. entry.DaysOfWeek.Distinct().Order()], Dates = [.. entry.Dates.Distinct().Order()] };
        var counter = RotationCatalogue.SharedCounter(entities, entry.Counter);
        if (!counter.Departments.Contains(entry.Department, StringComparer.Ordinal))
            throw new DepartmentNotAtCounterException(entry.Department, entry.Counter);
        var officer = RotationCatalogue.ActiveOfficer(entities, entry.Officer);
        if (!string.Equals(officer.Department, entry.Department, StringComparison.Ordinal))
            throw new OfficerDepartmentMismatchException(entry.Officer, entry.Department);

        var schedule = ScheduleStore.Read(entities, entry.Counter);
        var others = schedule.Entries.Where(e => !string.Equals(e.Id, entry.Id, StringComparison.Ordinal)).ToList();
        if (others.FirstOrDefault(entry.Overlaps) is { } clash)
            throw new RotationOverlapException(entry.Counter, entry.Id, clash.Id);
        ScheduleStore.Write(entities, schedule with { Entries = [.. others.Append(entry).OrderBy(e => e.Id, StringComparer.Ordinal)] });
    }
}
