namespace CounterNode.Hub.Catalogue;

/// <summary>The <c>center</c> object of a seed file; working hours are pairs <c>["07:00","11:00"]</c> as in the domain sample.</summary>
public sealed record CatalogueSeedCenter(
    string Name,
    string AgencyCode,
    IReadOnlyList<IReadOnlyList<string>> WorkingHours,
    string CutOff,
    IReadOnlyList<string> PaperTransferTimes);
