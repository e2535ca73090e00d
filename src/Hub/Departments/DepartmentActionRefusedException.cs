using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Departments;

/// <summary>
/// The Hub's shared rules refused a department action that the page's own check let through
/// (e.g. a counter changed the dossier in between). Carries the rule's code and a Vietnamese text.
/// </summary>
public sealed class DepartmentActionRefusedException(string reasonCode, string reason, string vietnamese)
    : DomainException(reasonCode, reason, vietnamese);
