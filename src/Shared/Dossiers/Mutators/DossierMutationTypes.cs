namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Mutation type names of dossiers. Department-side types are accepted only from the Hub (node <c>hub</c>).</summary>
public static class DossierMutationTypes
{
    /// <summary>A dossier was received at a counter and its receipt (Mẫu 01) printed — a fact.</summary>
    public const string Receive = "dossier.receive";

    /// <summary>The dossier is refused with written reasons (Mẫu 03).</summary>
    public const string Refuse = "dossier.refuse";

    /// <summary>The dossier was handed to its department in a transfer batch.</summary>
    public const string Transfer = "dossier.transfer";

    /// <summary>The department starts (or after a supplement resumes) processing. Hub only.</summary>
    public const string StartProcessing = "dossier.start-processing";

    /// <summary>The department asks, once, for a supplement (Mẫu 02). Hub only.</summary>
    public const string RequestSupplement = "dossier.request-supplement";

    /// <summary>The citizen brought what was missing (recorded at a counter or the Hub).</summary>
    public const string Supplemented = "dossier.supplemented";

    /// <summary>The result is back at the center. Hub only.</summary>
    public const string ResultReady = "dossier.result-ready";

    /// <summary>The department reports a delay with a reason and a later return date (Mẫu 04). Hub only.</summary>
    public const string ReportDelay = "dossier.report-delay";

    /// <summary>The result was handed over; who collected it is recorded.</summary>
    public const string Return = "dossier.return";

    /// <summary>Node id of the Hub's own mutations (same value as the Hub's <c>HubMutationIssuer.HubNodeId</c>).</summary>
    public const string HubNodeId = "hub";

    /// <summary>Every dossier mutation type.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Receive, Refuse, Transfer, StartProcessing, RequestSupplement, Supplemented, ResultReady, ReportDelay, Return];

    /// <summary>Types only the Hub (a department acting through the Hub) may issue.</summary>
    public static IReadOnlyList<string> HubOnly { get; } = [StartProcessing, RequestSupplement, ResultReady, ReportDelay];
}
