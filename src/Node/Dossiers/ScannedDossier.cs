namespace CounterNode.Node.Dossiers;

/// <summary>The last dossier code the counter's scanner read, for the dossier page to open (increasing id: shown once).</summary>
/// <param name="Id">Increasing id.</param>
/// <param name="Code">The code, canonical.</param>
public sealed record ScannedDossier(long Id, string Code);
