namespace CounterNode.Hub.Dossiers;

/// <summary>Settings of the Hub's dossier side (section <c>Hub:Dossiers</c>): transfers and deadlines.</summary>
public sealed class DossierHubOptions
{
    public const string SectionName = "Hub:Dossiers";

    /// <summary>When false no transfer is made automatically (a Hub instance that must not form batches, e.g. a second one behind a balancer).</summary>
    public bool TransferEnabled { get; set; } = true;

    /// <summary>Officer recorded on the automatic transfers (the Hub's transfer desk).</summary>
    public string TransferOfficer { get; set; } = "hub-transfer";

    /// <summary>How often pending electronic dossiers are looked for when no commit signal arrives.</summary>
    public TimeSpan ElectronicPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A dossier due within this many working days (and not yet overdue) is "at risk" on the board.</summary>
    public int AtRiskWorkingDays { get; set; } = 1;

    /// <summary>Overdue dossiers listed by code on the board (the counts cover all of them).</summary>
    public int OverdueListLimit { get; set; } = 50;
}
