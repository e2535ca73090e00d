namespace CounterNode.Node.Dossiers;

/// <summary>A procedure in the node's fallback configuration (<c>Dossiers:Procedures</c>), shaped like <c>catalogue.procedure</c>.</summary>
public sealed class DossierProcedureOptions
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Department { get; set; } = string.Empty;

    public int ProcessingDays { get; set; }

    public long Fee { get; set; }

    public List<string> Documents { get; set; } = [];

    public bool Electronic { get; set; }
}
