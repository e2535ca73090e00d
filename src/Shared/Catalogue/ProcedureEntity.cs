namespace CounterNode.Shared.Catalogue;

/// <summary>An administrative procedure (entity <c>catalogue.procedure</c>, id = <paramref name="Code"/>).</summary>
/// <param name="Code">Procedure code (e.g. <c>STP-01</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Department">Code of the department that settles it.</param>
/// <param name="ProcessingDays">Statutory processing time in working days (0 = same day).</param>
/// <param name="Fee">Fee in VND (0 = free).</param>
/// <param name="Documents">Documents the citizen must bring, in display order.</param>
/// <param name="Electronic">True when results may be returned electronically.</param>
public sealed record ProcedureEntity(
    string Code,
    string Name,
    string Department,
    int ProcessingDays,
    long Fee,
    IReadOnlyList<string> Documents,
    bool Electronic = false);
