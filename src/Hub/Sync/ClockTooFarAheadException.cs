using CounterNode.Shared.Time;

namespace CounterNode.Hub.Sync;

/// <summary>A mutation's hybrid timestamp is further ahead of the Hub's clock than tolerated (the node's clock is wrong).</summary>
public sealed class ClockTooFarAheadException(long mutationId, HybridTimestamp hlc, DateTimeOffset hubNow, TimeSpan maxDrift)
    : SyncRequestException(
        $"Mutation {mutationId}: timestamp {hlc} is {(hlc.PhysicalTime - hubNow).TotalSeconds:F0} s ahead of the Hub clock; at most {maxDrift.TotalSeconds:F0} s is tolerated. Fix the node's clock.")
{
    public long MutationId { get; } = mutationId;

    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;

    public override string Title => "Clock too far ahead";
}
