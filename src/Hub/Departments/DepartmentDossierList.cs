namespace CounterNode.Hub.Departments;

/// <summary>The department page's data: who is signed in, the center-local day, and the dossiers transferred to the department.</summary>
/// <param name="Department">Department code.</param>
/// <param name="DepartmentName">Department name.</param>
/// <param name="Today">Center-local day.</param>
/// <param name="Dossiers">Transferred dossiers, open ones first, by return date.</param>
public sealed record DepartmentDossierList(string Department, string DepartmentName, DateOnly Today, IReadOnlyList<DepartmentDossierView> Dossiers);
