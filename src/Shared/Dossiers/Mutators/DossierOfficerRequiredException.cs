using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>A dossier change without a signed-in officer: every step of a dossier records who did it (Mẫu 05).</summary>
public sealed class DossierOfficerRequiredException(string type)
    : DomainException("dossier.officer-required", $"Mutation '{type}' must name the officer who made it.", "Cần đăng nhập cán bộ trước khi thao tác với hồ sơ.")
{
    /// <summary>The refused mutation type.</summary>
    public string Type { get; } = type;
}
