namespace CounterNode.Shared.Catalogue;

/// <summary>The center (entity <c>catalogue.center</c>, id <c>center</c>).</summary>
/// <param name="Name">Display name, e.g. "Trung tâm Phục vụ hành chính công tỉnh Kon Tum".</param>
/// <param name="AgencyCode">Agency code printed in dossier codes (e.g. <c>000.00.00.H34</c>).</param>
/// <param name="WorkingHours">Opening periods of a working day, ascending, not overlapping.</param>
/// <param name="CutOff">Dossiers received after this time count from the next working day (<c>HH:mm</c>).</param>
/// <param name="PaperTransferTimes">When paper dossiers go to the departments each day (<c>HH:mm</c>).</param>
public sealed record CenterEntity(
    string Name,
    string AgencyCode,
    IReadOnlyList<WorkingPeriod> WorkingHours,
    string CutOff,
    IReadOnlyList<string> PaperTransferTimes);
