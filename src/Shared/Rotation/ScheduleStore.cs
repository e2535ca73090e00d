using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Shared.Rotation;

/// <summary>Reads and writes a counter's schedule entity inside a mutator.</summary>
internal static class ScheduleStore
{
    public static RotationSchedule Read(IEntitySession entities, int counter) =>
        entities.Get(RotationEntityTypes.Schedule, RotationSchedule.IdOf(counter)) is { } e
            ? MutatorJson.ReadState<RotationSchedule>(e)
            : new RotationSchedule(counter, []);

    public static void Write(IEntitySession entities, RotationSchedule schedule) =>
        entities.Put(RotationEntityTypes.Schedule, RotationSchedule.IdOf(schedule.Counter), RotationSchedule.ScopeOf(schedule.Counter), MutatorJson.ToElement(schedule));
}
