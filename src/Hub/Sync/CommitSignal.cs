namespace CounterNode.Hub.Sync;

/// <summary>
/// A coalescing wake-up for a background service that follows commits (the board, the dossier
/// transfers): raised by <see cref="CommitObservingPokeSender"/> after each commit it cares about.
/// The services still poll, so a missed signal only delays work to their next poll. Each
/// consumer derives its own type so that each gets its own signal from DI.
/// </summary>
public abstract class CommitSignal
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    /// <summary>Reports a commit (coalesced: many commits before the next wait wake it once).</summary>
    public void Notify()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit so far.
        }
    }

    /// <summary>Waits for a commit or <paramref name="timeout"/>, whichever comes first.</summary>
    /// <returns>True when woken by a commit.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);
}
