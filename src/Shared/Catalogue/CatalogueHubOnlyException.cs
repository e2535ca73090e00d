using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Catalogue;

/// <summary>A node other than the Hub tried to change the catalogue (only the center's administrators configure it, at the Hub).</summary>
public sealed class CatalogueHubOnlyException(string mutationType, string nodeId)
    : DomainException(
        ErrorCode,
        $"'{mutationType}' is accepted only from the Hub; node '{nodeId}' may not change the catalogue.",
        "Danh mục của Trung tâm chỉ được thay đổi tại máy chủ trung tâm (Hub).")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "catalogue.hub-only";

    /// <summary>The refused mutation type.</summary>
    public string MutationType { get; } = mutationType;

    /// <summary>The node that sent it.</summary>
    public string NodeId { get; } = nodeId;
}
