namespace CounterNode.Node.Dossiers;

/// <summary>A procedure as the reception form lists it.</summary>
/// <param name="Code">Procedure code.</param>
/// <param name="Name">Name.</param>
/// <param name="Department">Department code.</param>
/// <param name="ProcessingDays">Processing time in working days.</param>
/// <param name="Fee">Fee in đồng.</param>
/// <param name="Documents">Papers to tick.</param>
/// <param name="Electronic">Electronic by default.</param>
public sealed record ProcedureItem(string Code, string Name, string Department, int ProcessingDays, long Fee, IReadOnlyList<string> Documents, bool Electronic);
