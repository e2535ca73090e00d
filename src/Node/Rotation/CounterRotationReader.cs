using System.Globalization;
using CounterNode.Node.Storage;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Rotation;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Rotation;

/// <summary>Reads the counter's rotation and the catalogue facts it needs straight from the replica (its optimistic view).</summary>
public sealed class CounterRotationReader(INodeReplica replica)
{
    /// <summary>Entity types whose change can change the counter's duty.</summary>
    public static bool IsRelevant(string entityType) =>
        entityType is RotationEntityTypes.Schedule or RotationEntityTypes.Absence
            or CatalogueEntityTypes.Counter or CatalogueEntityTypes.Service or CatalogueEntityTypes.Department or CatalogueEntityTypes.Officer;

    /// <summary>The snapshot of <paramref name="counter"/>.</summary>
    public async Task<CounterRotationSnapshot> ReadAsync(int counter, CancellationToken cancellationToken)
    {
        var id = counter.ToString(CultureInfo.InvariantCulture);
        var counterEntity = await replica.GetAsync(CatalogueEntityTypes.Counter, id, cancellationToken).ConfigureAwait(false);
        var schedule = await replica.GetAsync(RotationEntityTypes.Schedule, id, cancellationToken).ConfigureAwait(false);
        return new CounterRotationSnapshot(
            counter,
            counterEntity is null ? null : Read<CounterEntity>(counterEntity),
            schedule is null ? new RotationSchedule(counter, []) : Read<RotationSchedule>(schedule),
            await AllAsync<AbsenceEntity>(RotationEntityTypes.Absence, cancellationToken).ConfigureAwait(false),
            await AllAsync<ServiceEntity>(CatalogueEntityTypes.Service, cancellationToken).ConfigureAwait(false),
            (await AllAsync<DepartmentEntity>(CatalogueEntityTypes.Department, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Code, StringComparer.Ordinal),
            (await AllAsync<OfficerEntity>(CatalogueEntityTypes.Officer, cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Id, StringComparer.Ordinal));
    }

    private async Task<List<T>> AllAsync<T>(string type, CancellationToken cancellationToken)
        where T : class =>
        [.. (await replica.QueryAsync(type, null, cancellationToken).ConfigureAwait(false)).Select(Read<T>)];

    private static T Read<T>(ReplicaEntity e)
        where T : class => MutatorJson.ReadState<T>(new SessionEntity(e.Type, e.Id, e.Scope, e.Data));
}
