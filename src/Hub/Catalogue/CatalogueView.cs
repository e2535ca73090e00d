using CounterNode.Shared.Catalogue;

namespace CounterNode.Hub.Catalogue;

/// <summary>
/// The whole catalogue for the admin page (officers without their hashes), with the concurrency
/// token of every entry (<see cref="Tokens"/>) that the page sends back as <c>If-Match</c> when it saves.
/// </summary>
public sealed record CatalogueView(
    CenterEntity? Center,
    IReadOnlyList<DepartmentEntity> Departments,
    IReadOnlyList<PriorityCategoryEntity> PriorityCategories,
    IReadOnlyList<ServiceEntity> Services,
    IReadOnlyList<ProcedureEntity> Procedures,
    IReadOnlyList<CounterEntity> Counters,
    IReadOnlyList<OfficerView> Officers)
{
    /// <summary>The <see cref="CatalogueEntryToken"/> of every entry, keyed <c>{entityType}/{id}</c> (e.g. <c>catalogue.service/A</c>); an entry not listed is absent.</summary>
    public IReadOnlyDictionary<string, string> Tokens { get; init; } = new Dictionary<string, string>();

    /// <summary>The view of a snapshot.</summary>
    public static CatalogueView From(CatalogueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CatalogueView(
            snapshot.Get<CenterEntity>(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId),
            snapshot.All<DepartmentEntity>(CatalogueEntityTypes.Department),
            snapshot.All<PriorityCategoryEntity>(CatalogueEntityTypes.PriorityCategory),
            snapshot.All<ServiceEntity>(CatalogueEntityTypes.Service),
            snapshot.All<ProcedureEntity>(CatalogueEntityTypes.Procedure),
            [.. snapshot.All<CounterEntity>(CatalogueEntityTypes.Counter).OrderBy(c => c.Number)],
            [.. snapshot.All<OfficerEntity>(CatalogueEntityTypes.Officer)
                .Select(o => new OfficerView(o.Id, o.Name, o.Title, o.Department, o.Phone, o.Active, o.BadgeHash is not null))])
        {
            Tokens = snapshot.Tokens(),
        };
    }
}
