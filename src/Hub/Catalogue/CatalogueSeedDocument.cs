using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Catalogue;

/// <summary>A seed file: the shape of <c>/work/shared/domain/sample-center.json</c> plus officers.</summary>
public sealed record CatalogueSeedDocument(
    CatalogueSeedCenter Center,
    IReadOnlyList<DepartmentEntity> Departments,
    IReadOnlyList<ServiceEntity> Services,
    IReadOnlyList<ProcedureEntity> Procedures,
    IReadOnlyList<CounterEntity> Counters,
    IReadOnlyList<string> PriorityCategories,
    IReadOnlyList<CatalogueSeedOfficer>? Officers = null);
