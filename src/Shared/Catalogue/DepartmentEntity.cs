namespace CounterNode.Shared.Catalogue;

/// <summary>A department (entity <c>catalogue.department</c>, id = <paramref name="Code"/>).</summary>
/// <param name="Code">Short code, upper-case letters/digits (e.g. <c>STP</c>).</param>
/// <param name="Name">Display name, e.g. "Sở Tư pháp".</param>
public sealed record DepartmentEntity(string Code, string Name);
