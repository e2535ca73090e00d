namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Entity types written by the dossier mutators. Both live in the scope <c>dept:CODE</c> of the dossier's department, never <c>center</c>.</summary>
public static class DossierEntityTypes
{
    /// <summary>The full dossier (<see cref="DossierEntity"/>), keyed by its code. Holds personal data.</summary>
    public const string Dossier = "dossier";

    /// <summary>Public-safe status (<see cref="DossierStatusEntity"/>), keyed by the code: no names, no contact data.</summary>
    public const string Status = "dossier-status";
}
