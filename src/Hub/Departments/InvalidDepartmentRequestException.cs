using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Departments;

/// <summary>A department request whose fields are out of range (e.g. a negative number of extra days).</summary>
public sealed class InvalidDepartmentRequestException(string problem, string vietnameseProblem)
    : DomainException("department.invalid-request", $"Invalid request: {problem}", vietnameseProblem);
