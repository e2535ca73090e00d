using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Wakes the <see cref="DossierTransferService"/> when a commit touched a department scope (a
/// dossier may have arrived), so an electronic dossier goes on at once; the service still polls.
/// </summary>
public sealed class DossierChangeSignal : CommitSignal;
