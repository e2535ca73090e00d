namespace CounterNode.Shared.Dossiers;

/// <summary>Where a dossier is in its life, from reception at a counter to the return of the result.</summary>
public enum DossierState
{
    /// <summary>Received at a counter; receipt printed with the return date.</summary>
    Received,

    /// <summary>Handed over to the competent department (electronically at once, paper twice a day).</summary>
    TransferredToDepartment,

    /// <summary>The department is working on it.</summary>
    Processing,

    /// <summary>The citizen was asked, once, to supplement or correct the dossier (Mẫu 02).</summary>
    SupplementRequested,

    /// <summary>The citizen brought what was missing; processing resumes next.</summary>
    Supplemented,

    /// <summary>The result came back to the counter and waits for the citizen.</summary>
    ResultReady,

    /// <summary>The result was handed over (terminal).</summary>
    Returned,

    /// <summary>The dossier was refused with a written reason (Mẫu 03, terminal).</summary>
    Refused,
}
