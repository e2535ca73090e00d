using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary>A catalogue entry breaks a rule of its type; <see cref="Field"/> names the offending field.</summary>
public sealed class InvalidCatalogueEntryException(string entityType, string id, string field, string problem, string vietnameseProblem)
    : DomainException(
        ErrorCode,
        $"Catalogue entry {entityType}/{id}: {field} {problem}",
        $"Mục danh mục \"{id}\" không hợp lệ — trường \"{field}\": {vietnameseProblem}")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.invalid-entry";

    /// <summary>Entity type of the entry.</summary>
    public string EntityType { get; } = entityType;

    /// <summary>Id of the entry as sent.</summary>
    public string Id { get; } = id;

    /// <summary>The offending field (camelCase, as in the JSON), e.g. <c>departments[1]</c>.</summary>
    public string Field { get; } = field;
}
