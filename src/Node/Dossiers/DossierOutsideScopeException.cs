using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>The dossier belongs to a department this counter does not serve, so its notices are not this counter's to hand out.</summary>
public sealed class DossierOutsideScopeException(string dossierCode, string department)
    : DomainException("dossier.outside-scope",
        $"Dossier {dossierCode} belongs to department {department}, which this counter does not serve.",
        $"Hồ sơ {dossierCode} thuộc cơ quan khác, không do quầy này tiếp nhận; đề nghị công dân đến quầy của cơ quan đó.")
{
    /// <summary>The dossier.</summary>
    public string DossierCode { get; } = dossierCode;

    /// <summary>Its department.</summary>
    public string Department { get; } = department;
}
