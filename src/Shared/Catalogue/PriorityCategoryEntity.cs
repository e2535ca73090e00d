namespace CounterNode.Shared.Catalogue;

/// <summary>A priority category (entity <c>catalogue.priority-category</c>, id = <paramref name="Id"/>).</summary>
/// <param name="Id">Slug: lower-case ASCII letters, digits and <c>-</c> (e.g. <c>nguoi-cao-tuoi</c>).</param>
/// <param name="Name">Display name, e.g. "Người cao tuổi".</param>
public sealed record PriorityCategoryEntity(string Id, string Name);
