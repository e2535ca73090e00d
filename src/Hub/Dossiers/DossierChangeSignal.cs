namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Wakes the <see cref="DossierTransferService"/> when a commit touched a department scope (a
/// dossier may have arrived), so an electronic dossier goes on at once. The service still polls,
/// so a missed signal only delays a transfer to the next poll.
/// </summary>
public sealed class DossierChangeSignal
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    /// <summary>Reports a commit (coalesced).</summary>
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

    /// <summary>Waits for a commit or <paramref name="timeout"/>; true when woken by a commit.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);
}
