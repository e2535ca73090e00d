using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// A reception names a dossier code that is already recorded. Codes are unique by construction
/// (Hub sequence online, leased reserve blocks offline), so this means a replayed or forged
/// reception; it is refused and the first record stands.
/// </summary>
public sealed class DossierAlreadyExistsException(string dossierCode)
    : DomainException("dossier.already-exists", $"Dossier {dossierCode} is already recorded.", $"Mã hồ sơ {dossierCode} đã được sử dụng cho một hồ sơ khác.")
{
    /// <summary>The code.</summary>
    public string DossierCode { get; } = dossierCode;
}
