using System.Collections;
using CounterNode.Shared.Sync;

namespace CounterNode.Hub.Sync;

/// <summary>
/// The scopes a commit touched — what <see cref="ISyncPokeSender.PokeAsync"/> receives — and,
/// for a small commit, the commit itself (<see cref="Changes"/>) so the SignalR sender can
/// deliver it inside the poke. Poke decorators (board, dossiers) pass the collection on
/// unchanged, which keeps the inline changes with it.
/// </summary>
public sealed class PokeScopes : IReadOnlyCollection<string>
{
    /// <summary>Most changes a poke carries; a bigger commit pokes without content (nodes pull).</summary>
    public const int MaxInlineChanges = 64;

    /// <summary>Most characters of entity JSON a poke carries.</summary>
    public const int MaxInlineCharacters = 32 * 1024;

    private readonly IReadOnlyCollection<string> _scopes;

    public PokeScopes(IReadOnlyCollection<string> scopes, long fromVersion, IReadOnlyList<EntityChange>? changes, long hubClock)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        _scopes = scopes;
        FromVersion = fromVersion;
        Changes = changes;
        HubClock = hubClock;
    }

    /// <summary>Change-log head before the commit.</summary>
    public long FromVersion { get; }

    /// <summary>Every change of the commit in version order, or null when the commit was too big to carry.</summary>
    public IReadOnlyList<EntityChange>? Changes { get; }

    /// <summary>Packed Hub HLC after the commit.</summary>
    public long HubClock { get; }

    public int Count => _scopes.Count;

    public IEnumerator<string> GetEnumerator() => _scopes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
