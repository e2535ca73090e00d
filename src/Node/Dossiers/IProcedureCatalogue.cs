using CounterNode.Shared.Catalogue;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// What reception needs of the center's catalogue: procedures, departments, officers, this
/// counter's departments and the agency code. Backed by the synced <c>catalogue.*</c> entities,
/// with the node's configuration as the fallback (see <see cref="ReplicaProcedureCatalogue"/>).
/// </summary>
public interface IProcedureCatalogue
{
    /// <summary>Procedures this counter receives, by name or code (diacritics and case ignored); all when the query is blank.</summary>
    Task<IReadOnlyList<ProcedureEntity>> SearchAsync(string? query, CancellationToken cancellationToken);

    /// <summary>One procedure by code, or null.</summary>
    Task<ProcedureEntity?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>The agency part of dossier codes.</summary>
    Task<string> AgencyCodeAsync(CancellationToken cancellationToken);

    /// <summary>A department's display name (the code when unknown).</summary>
    Task<string> DepartmentNameAsync(string code, CancellationToken cancellationToken);

    /// <summary>The departments this counter serves (empty = all, as configured for a counter without a catalogue entry).</summary>
    Task<IReadOnlySet<string>> DepartmentsServedAsync(CancellationToken cancellationToken);

    /// <summary>An officer's public name and phone, or null when unknown.</summary>
    Task<OfficerEntity?> OfficerAsync(string officerId, CancellationToken cancellationToken);
}
