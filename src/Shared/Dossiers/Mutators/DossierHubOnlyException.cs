using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// A department-side change (start processing, supplement request, result ready, delay report)
/// came from a counter node. Only the department decides these, through the Hub.
/// </summary>
public sealed class DossierHubOnlyException(string type, string nodeId)
    : DomainException("dossier.hub-only",
        $"Mutation '{type}' is made by the department through the Hub; node {nodeId} may not issue it.",
        "Thao tác này do cơ quan chuyên môn thực hiện trên hệ thống trung tâm, không thực hiện tại quầy.")
{
    /// <summary>The refused mutation type.</summary>
    public string Type { get; } = type;

    /// <summary>The node that tried.</summary>
    public string NodeId { get; } = nodeId;
}
