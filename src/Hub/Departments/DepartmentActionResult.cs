namespace CounterNode.Hub.Departments;

/// <summary>What a department action did: the dossier's new state and return date, and the change-log version.</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="State">New state (kebab-case).</param>
/// <param name="StateText">New state in Vietnamese.</param>
/// <param name="ReturnDate">Return date in force.</param>
/// <param name="Version">Change-log version of the change (the counters are poked with it).</param>
public sealed record DepartmentActionResult(string Code, string State, string StateText, DateOnly ReturnDate, long Version);
