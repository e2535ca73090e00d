using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>A mutation names a dossier code nobody received (or one this replica cannot see).</summary>
public sealed class DossierNotFoundException(string dossierCode)
    : DomainException("dossier.not-found", $"Dossier {dossierCode} does not exist.", $"Không tìm thấy hồ sơ có mã {dossierCode}.")
{
    /// <summary>The unknown code.</summary>
    public string DossierCode { get; } = dossierCode;
}
