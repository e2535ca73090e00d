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
    private readonly List<Channel<ReplicaNotification>> _subscribers = [];

    public void Publish(IEnumerable<ReplicaNotification> notifications)
    {
        Channel<ReplicaNotification>[] subscribers;
        lock (_gate)
            subscribers = [.. _subscribers];
        foreach (var notification in notifications)
        {
            foreach (var subscriber in subscribers)
                subscriber.Writer.TryWrite(notification);
        }
    }

    public async IAsyncEnumerable<ReplicaNotification> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ReplicaNotification>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
            _subscribers.Add(channel);
        try
        {
            await foreach (var notification in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return notification;
        }
        finally
        {
            lock (_gate)
                _subscribers.Remove(channel);
        }
    }
}
