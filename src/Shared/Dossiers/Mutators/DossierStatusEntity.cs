namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// The public-safe face of a dossier (entity type <c>dossier-status</c>, keyed by the code, scope
/// <c>dept:CODE</c>): what a status lookup or a board may show. No names, no contact data.
/// </summary>
/// <param name="Code">Dossier code.</param>
/// <param name="State">Where it is.</param>
/// <param name="ReturnDate">Return date in force.</param>
/// <param name="Department">Department code.</param>
/// <param name="IsLate">True when a delay was reported.</param>
public sealed record DossierStatusEntity(string Code, DossierState State, DateOnly ReturnDate, string Department, bool IsLate)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = DossierEntityTypes.Status;
}
