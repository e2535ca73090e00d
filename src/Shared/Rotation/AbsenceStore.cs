using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Rotation;

/// <summary>Reads and writes absences and the per-officer index inside a mutator.</summary>
internal static class AbsenceStore
{
    public static AbsenceEntity? Find(IEntitySession entities, string id) =>
        entities.Get(RotationEntityTypes.Absence, id) is { } e ? MutatorJson.ReadState<AbsenceEntity>(e) : null;

    public static IEnumerable<AbsenceEntity> OfOfficer(IEntitySession entities, string officer)
    {
        if (entities.Get(RotationEntityTypes.OfficerAbsences, officer) is not { } e)
            yield break;
        foreach (var id in MutatorJson.ReadState<OfficerAbsenceIndex>(e).AbsenceIds)
        {
            if (Find(entities, id) is { } absence)
                yield return absence;
        }
    }

    public static void Write(IEntitySession entities, AbsenceEntity absence) =>
        entities.Put(RotationEntityTypes.Absence, absence.Id, SyncScope.Center, MutatorJson.ToElement(absence));

    public static void AddToIndex(IEntitySession entities, string officer, string absenceId)
    {
        var ids = entities.Get(RotationEntityTypes.OfficerAbsences, officer) is { } e
            ? MutatorJson.ReadState<OfficerAbsenceIndex>(e).AbsenceIds
            : [];
        entities.Put(RotationEntityTypes.OfficerAbsences, officer, SyncScope.Center,
            MutatorJson.ToElement(new OfficerAbsenceIndex(officer, [.. ids, absenceId])));
    }
}
