using System.Threading.Channels;

namespace CounterNode.Node.Sync;

/// <summary>
/// Coalescing "sync soon" signal: pokes, reconnects and local mutations set it; the agent
/// waits on it or its timer. Many signals while a round runs collapse into one more round.
/// </summary>
/// <remarks>
/// A poke that could not be applied at once asks only for the log up to its version
/// (<see cref="RequestPull"/>): the pushing node's own poke usually arrives while that node's
/// round is still pulling the same commit, and a second round for it would cost the Hub one
/// more pull per push. The agent skips such a round when the replica already holds the version
/// and has nothing to push (<see cref="SyncRequest.IsSatisfiedBy"/>).
/// </remarks>
public sealed class SyncTrigger
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private int _unconditional;
    private long _pokedVersion;

    /// <summary>Asks for a full sync round as soon as possible.</summary>
    public void Request()
    {
        // The flag before the signal: a reader that sees the signal also sees the flag.
        Interlocked.Exchange(ref _unconditional, 1);
        _signal.Writer.TryWrite(true);
    }

    /// <summary>Asks for a round unless the replica already holds the log up to <paramref name="version"/>.</summary>
    public void RequestPull(long version)
    {
        var seen = Interlocked.Read(ref _pokedVersion);
        while (version > seen)
        {
            var previous = Interlocked.CompareExchange(ref _pokedVersion, version, seen);
            if (previous == seen)
                break;
            seen = previous;
        }

        _signal.Writer.TryWrite(true);
    }

    /// <summary>Waits until a round is requested or <paramref name="timeout"/> passes.</summary>
    /// <returns>True when requested, false on timeout.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timeoutSource.Token);
        var wait = _signal.Reader.WaitToReadAsync(timeoutSource.Token).AsTask();
        var first = await Task.WhenAny(delay, wait).ConfigureAwait(false);
        await timeoutSource.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == wait && _signal.Reader.TryRead(out _))
            return true;
        return false;
    }

    /// <summary>What was asked since the last call (and forgets it): taken by the agent before each round.</summary>
    public SyncRequest Take() =>
        new(Interlocked.Exchange(ref _unconditional, 0) == 1, Interlocked.Exchange(ref _pokedVersion, 0));
}
