namespace CounterNode.Node.Dossiers;

/// <summary>The citizen brought what the department's supplement request (Mẫu 02) asked for.</summary>
/// <param name="Code">Dossier code as typed or scanned.</param>
public sealed record SupplementedRequest(string? Code);
