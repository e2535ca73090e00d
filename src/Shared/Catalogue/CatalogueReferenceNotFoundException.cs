using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary>A catalogue entry refers to another entry (a department, a service) that the catalogue does not hold.</summary>
public sealed class CatalogueReferenceNotFoundException(string entityType, string id, string field, string referencedType, string referencedId)
    : DomainException(
        ErrorCode,
        $"Catalogue entry {entityType}/{id}: {field} refers to {referencedType}/{referencedId}, which does not exist.",
        $"Mục danh mục \"{id}\" — trường \"{field}\": \"{referencedId}\" chưa có trong danh mục.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.reference-not-found";

    /// <summary>The offending field, e.g. <c>departments[0]</c>.</summary>
    public string Field { get; } = field;

    /// <summary>Type of the missing entry.</summary>
    public string ReferencedType { get; } = referencedType;

    /// <summary>Id of the missing entry.</summary>
    public string ReferencedId { get; } = referencedId;
}
