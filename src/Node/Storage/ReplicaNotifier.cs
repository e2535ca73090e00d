using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CounterNode.Node.Storage;

/// <summary>
/// Fans replica notifications out to subscribers, each with its own unbounded channel so a
/// slow screen never blocks a mutation or a pull (notifications are small and rare).
/// </summary>
internal sealed class ReplicaNotifier
{
    private readonly Lock _gate = new();
    // Copy-on-write: subscribing is rare, publishing runs on every poke of every node, so a
    // publish reads the current array without copying it or taking the lock.
    private volatile Channel<ReplicaNotification>[] _subscribers = [];

    public void Publish(IReadOnlyList<ReplicaNotification> notifications)
    {
        var subscribers = _subscribers;
        if (subscribers.Length == 0)
            return;
        // Indexed loops: a foreach over the interface would allocate an enumerator per publish.
        for (var i = 0; i < notifications.Count; i++)
        {
            var notification = notifications[i];
            foreach (var subscriber in subscribers)
                subscriber.Writer.TryWrite(notification);
        }
    }

    public async IAsyncEnumerable<ReplicaNotification> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ReplicaNotification>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
            _subscribers = [.. _subscribers, channel];
        try
        {
            await foreach (var notification in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return notification;
        }
        finally
        {
            lock (_gate)
                _subscribers = Array.FindAll(_subscribers, s => s != channel);
        }
    }
}
