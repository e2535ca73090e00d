using CounterNode.Shared.Queue;

namespace CounterNode.Node.Queue;

/// <summary>One service (queue) of the center as configured in <c>Queue:Services</c>.</summary>
public sealed class QueueServiceOptions
{
    /// <summary>Ticket prefix, e.g. "A" (1–2 upper-case letters).</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>Vietnamese name shown on the kiosk and printed on the ticket.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Counters that call this service's tickets.</summary>
    public List<int> Counters { get; set; } = [];

    /// <summary>How priority tickets are mixed in.</summary>
    public PriorityMode Priority { get; set; } = PriorityMode.Strict;

    /// <summary>For <see cref="PriorityMode.Interleaved"/>: normal tickets between two priority ones.</summary>
    public int NormalsBetween { get; set; } = 3;
}
