using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary><c>catalogue.remove</c> names an entry the catalogue does not hold.</summary>
public sealed class CatalogueEntryNotFoundException(string entityType, string id)
    : DomainException(
        ErrorCode,
        $"Catalogue entry {entityType}/{id} does not exist.",
        $"Không tìm thấy mục \"{id}\" trong danh mục.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.not-found";

    /// <summary>Entity type as sent.</summary>
    public string EntityType { get; } = entityType;

    /// <summary>Id as sent.</summary>
    public string Id { get; } = id;
}
