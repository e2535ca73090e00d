using System.Text.Json.Serialization;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>A counter's call of a ticket, with the timestamp that orders colliding calls.</summary>
/// <param name="Counter">Counter number.</param>
/// <param name="NodeId">Node of that counter.</param>
/// <param name="Hlc">Packed hybrid timestamp of the call.</param>
public sealed record CallClaim(int Counter, string NodeId, long Hlc)
{
    /// <summary>Total order of calls: hybrid time, then node id.</summary>
    [JsonIgnore]
    public NodeTimestamp Timestamp => new(new HybridTimestamp(Hlc), NodeId);
}
