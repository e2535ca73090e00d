using System.Threading.Channels;

namespace CounterNode.Node.Sync;

/// <summary>
/// Coalescing "sync soon" signal: pokes, reconnects and local mutations set it; the agent
/// waits on it or its timer. Many signals while a round runs collapse into one more round.
/// </summary>
public sealed class SyncTrigger
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Asks for a sync round as soon as possible.</summary>
    public void Request() => _signal.Writer.TryWrite(true);

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
}
