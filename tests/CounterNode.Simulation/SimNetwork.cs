using System.Net;
using CounterNode.Hub.Sync;
using CounterNode.Node.Sync;

namespace CounterNode.Simulation;

/// <summary>
/// The seeded network between nodes and Hub: it loses requests, loses answers (the Hub did the
/// work, the node does not know), duplicates requests, delays them past the node's timeout so
/// they arrive later and out of order, and partitions nodes. Everything is decided by one
/// <see cref="Random"/>, so a seed replays exactly.
/// </summary>
internal sealed class SimNetwork(Random random, SimulationSettings settings)
{
    private readonly HashSet<string> _partitioned = new(StringComparer.Ordinal);
    private readonly List<(int Due, long Order, Func<Task> Deliver)> _delayed = [];
    private long _order;

    public int Step { get; set; }

    /// <summary>False once faults have healed (the end of a run).</summary>
    public bool Faulty { get; set; } = true;

    public int Delivered { get; private set; }

    public int LostOrDelayed { get; private set; }

    public bool IsPartitioned(string node) => _partitioned.Contains(node);

    public void Partition(string node) => _partitioned.Add(node);

    public void Heal(string node) => _partitioned.Remove(node);

    public void HealAll() => _partitioned.Clear();

    public IReadOnlyCollection<string> Partitioned => _partitioned;

    public async Task<T> SendAsync<T>(string node, string operation, Func<Task<T>> deliver)
    {
        if (_partitioned.Contains(node))
        {
            LostOrDelayed++;
            throw new HubUnreachableException(operation, "partitioned from the Hub");
        }

        if (Faulty)
        {
            var roll = random.NextDouble();
            if ((roll -= settings.DropRequest) < 0)
            {
                LostOrDelayed++;
                throw new HubUnreachableException(operation, "request lost");
            }

            if ((roll -= settings.Delay) < 0)
            {
                LostOrDelayed++;
                _delayed.Add((Step + random.Next(1, 6), _order++, async () => await Swallow(deliver)));
                throw new HubUnreachableException(operation, "timed out (the request is still on its way)");
            }

            if ((roll -= settings.DropResponse) < 0)
            {
                LostOrDelayed++;
                await Swallow(deliver);
                throw new HubUnreachableException(operation, "answer lost");
            }

            if ((roll -= settings.Duplicate) < 0)
                await Swallow(deliver);
        }

        try
        {
            Delivered++;
            return await deliver();
        }
        catch (SyncRequestException ex)
        {
            throw new HubRequestRefusedException(operation, (HttpStatusCode)ex.StatusCode, ex.Message);
        }
    }

    /// <summary>Delivers delayed requests that are due (all of them when <paramref name="all"/>), oldest due first.</summary>
    public async Task DeliverDueAsync(bool all)
    {
        var due = _delayed.Where(d => all || d.Due <= Step).OrderBy(d => d.Due).ThenBy(d => d.Order).ToList();
        foreach (var item in due)
        {
            _delayed.Remove(item);
            await item.Deliver();
        }
    }

    // A request whose answer nobody reads: the Hub may refuse it (e.g. a gap), which is fine.
    private static async Task Swallow<T>(Func<Task<T>> deliver)
    {
        try
        {
            await deliver();
        }
        catch (SyncRequestException)
        {
            // The Hub refused a stale or out-of-order copy: exactly what it must do.
        }
    }
}
