namespace CounterNode.Shared.Dossiers;

/// <summary>What an officer can do to a dossier; each is a row of <see cref="DossierStateMachine.Transitions"/>.</summary>
public enum DossierAction
{
    /// <summary>Hand the dossier to the competent department.</summary>
    TransferToDepartment,

    /// <summary>The department starts (or resumes) processing.</summary>
    StartProcessing,

    /// <summary>Ask the citizen to supplement the dossier; allowed once per dossier (RULES 6).</summary>
    RequestSupplement,

    /// <summary>Record that the citizen supplied what was missing.</summary>
    ReceiveSupplement,

    /// <summary>The result is back at the counter.</summary>
    MarkResultReady,

    /// <summary>Hand the result to the citizen or a proxy (RULES 4).</summary>
    Return,

    /// <summary>Refuse the dossier with a written reason (RULES 7).</summary>
    Refuse,

    /// <summary>Report a delay with a reason and a new return date (Mẫu 04); the state does not change.</summary>
    ReportDelay,
}
