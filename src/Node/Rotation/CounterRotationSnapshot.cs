using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;

namespace CounterNode.Node.Rotation;

/// <summary>What the node knows about its counter's rotation at one moment (read from the replica).</summary>
/// <param name="Counter">This node's counter.</param>
/// <param name="CounterEntity">The counter in the synced catalogue, if any.</param>
/// <param name="Schedule">Its rotation schedule (empty when none was set).</param>
/// <param name="Absences">Recorded absences.</param>
/// <param name="Services">The catalogue's services.</param>
/// <param name="Departments">The catalogue's departments by code.</param>
/// <param name="Officers">The catalogue's officers by id.</param>
public sealed record CounterRotationSnapshot(
    int Counter,
    CounterEntity? CounterEntity,
    RotationSchedule Schedule,
    IReadOnlyList<AbsenceEntity> Absences,
    IReadOnlyList<ServiceEntity> Services,
    IReadOnlyDictionary<string, DepartmentEntity> Departments,
    IReadOnlyDictionary<string, OfficerEntity> Officers);
