using CounterNode.Shared.Queue;

namespace CounterNode.Node.Queue;

/// <summary>A validated service of the catalogue.</summary>
/// <param name="Prefix">Ticket prefix.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Counters">Counters that serve it, ascending.</param>
/// <param name="Rule">Its priority rule.</param>
public sealed record QueueService(string Prefix, string Name, IReadOnlyList<int> Counters, PriorityRule Rule)
{
    /// <summary>"Quầy 3, 4" for the ticket.</summary>
    public string CounterHint => "Quầy " + string.Join(", ", Counters);
}
