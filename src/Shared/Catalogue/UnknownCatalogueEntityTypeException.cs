using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary>A catalogue mutation names an entity type that is not part of the catalogue.</summary>
public sealed class UnknownCatalogueEntityTypeException(string? entityType)
    : DomainException(
        ErrorCode,
        $"'{entityType}' is not a catalogue entity type (expected one of: {string.Join(", ", CatalogueEntityTypes.All)}).",
        $"Loại danh mục \"{entityType}\" không tồn tại.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.unknown-entity-type";

    /// <summary>The unknown type as sent.</summary>
    public string? EntityType { get; } = entityType;
}
