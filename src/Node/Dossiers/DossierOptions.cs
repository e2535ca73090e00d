namespace CounterNode.Node.Dossiers;

/// <summary>
/// Dossier reception and return at this node, bound from the "Dossiers" section. The synced
/// catalogue (<c>catalogue.*</c> entities) wins; these values are the fallback used before the
/// first sync (or on a node whose Hub has no catalogue yet).
/// </summary>
public sealed class DossierOptions
{
    public const string SectionName = "Dossiers";

    /// <summary>Agency part of dossier codes when <c>catalogue.center</c> is not known yet.</summary>
    public string AgencyCode { get; set; } = "000.00.00.H34";

    /// <summary>Governing body on the forms, e.g. "UBND TỈNH KON TUM".</summary>
    public string SuperiorName { get; set; } = "UBND TỈNH KON TUM";

    /// <summary>Issuing agency on the forms.</summary>
    public string AgencyName { get; set; } = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG";

    /// <summary>Issuing unit on the forms.</summary>
    public string Unit { get; set; } = "Bộ phận tiếp nhận và trả kết quả";

    /// <summary>Place name of the date line.</summary>
    public string Place { get; set; } = "Kon Tum";

    /// <summary>Register book printed on Mẫu 01 (Sổ theo dõi hồ sơ).</summary>
    public string RegisterBook { get; set; } = "01";

    /// <summary>Phone printed on Mẫu 02 when the contact officer has none in the catalogue.</summary>
    public string ContactPhone { get; set; } = string.Empty;

    /// <summary>Departments this counter receives for, when <c>catalogue.counter</c> is not known (empty = all).</summary>
    public List<string> Departments { get; set; } = [];

    /// <summary>Procedures offered, when no <c>catalogue.procedure</c> entity is known.</summary>
    public List<DossierProcedureOptions> Procedures { get; set; } = [];

    /// <summary>Remembers which notices (Mẫu 02/04) were printed; relative paths are under Node:DataDirectory.</summary>
    public string NoticeDatabase { get; set; } = "dossier-notices.db";

    /// <summary>How long a lookup of an unknown code may wait for a pull from the Hub.</summary>
    public TimeSpan HubLookupTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a reprint of Mẫu 02/04 waits for the printer to finish the page before answering "queued, not yet printed".</summary>
    public TimeSpan NoticeReprintWait { get; set; } = TimeSpan.FromSeconds(15);
}
