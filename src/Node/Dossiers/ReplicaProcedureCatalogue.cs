using System.Globalization;
using System.Text.Json;
using CounterNode.Node.Configuration;
using CounterNode.Node.Storage;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Reads the catalogue from the replica's <c>catalogue.*</c> entities (scope <c>center</c>, synced
/// from the Hub). Until the first catalogue arrives — a new node, a Hub without catalogue — it
/// falls back to the node's <c>Dossiers</c> configuration, so reception works from the first minute.
/// </summary>
public sealed class ReplicaProcedureCatalogue(INodeReplica replica, IOptions<DossierOptions> options, IOptions<NodeOptions> node) : IProcedureCatalogue
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ProcedureEntity>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken).ConfigureAwait(false);
        var departments = await DepartmentsServedAsync(cancellationToken).ConfigureAwait(false);
        var folded = SearchText.Fold(query);
        return [.. all
            .Where(p => departments.Count == 0 || departments.Contains(p.Department))
            .Where(p => folded.Length == 0 || SearchText.Fold(p.Code).Contains(folded, StringComparison.Ordinal) || SearchText.Fold(p.Name).Contains(folded, StringComparison.Ordinal))
            .OrderBy(p => p.Code, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<ProcedureEntity?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(p => string.Equals(p.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public async Task<string> AgencyCodeAsync(CancellationToken cancellationToken)
    {
        var center = await ReadAsync<CenterEntity>(CatalogueEntityTypes.Center, CatalogueEntityTypes.CenterId, cancellationToken).ConfigureAwait(false);
        return center?.AgencyCode is { Length: > 0 } code ? code : options.Value.AgencyCode;
    }

    /// <inheritdoc />
    public async Task<string> DepartmentNameAsync(string code, CancellationToken cancellationToken)
    {
        var department = await ReadAsync<DepartmentEntity>(CatalogueEntityTypes.Department, code, cancellationToken).ConfigureAwait(false);
        return department?.Name ?? code;
    }

    /// <inheritdoc />
    public Task<OfficerEntity?> OfficerAsync(string officerId, CancellationToken cancellationToken) =>
        ReadAsync<OfficerEntity>(CatalogueEntityTypes.Officer, officerId, cancellationToken);

    private async Task<IReadOnlyList<ProcedureEntity>> AllAsync(CancellationToken cancellationToken)
    {
        var synced = await replica.QueryAsync(CatalogueEntityTypes.Procedure, null, cancellationToken).ConfigureAwait(false);
        if (synced.Count > 0)
            return [.. synced.Select(e => e.Data.Deserialize<ProcedureEntity>(MutatorJson.Options)).OfType<ProcedureEntity>()];
        return [.. options.Value.Procedures.Select(p => new ProcedureEntity(p.Code, p.Name, p.Department, p.ProcessingDays, p.Fee, [.. p.Documents], p.Electronic))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> DepartmentsServedAsync(CancellationToken cancellationToken)
    {
        if (node.Value.CounterNumber is { } number)
        {
            var counter = await ReadAsync<CounterEntity>(CatalogueEntityTypes.Counter, number.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            if (counter is not null)
                return counter.Departments.ToHashSet(StringComparer.Ordinal);
        }

        return options.Value.Departments.ToHashSet(StringComparer.Ordinal);
    }

    private async Task<T?> ReadAsync<T>(string type, string id, CancellationToken cancellationToken)
        where T : class
    {
        var entity = await replica.GetAsync(type, id, cancellationToken).ConfigureAwait(false);
        return entity?.Data.Deserialize<T>(MutatorJson.Options);
    }
}
