using System.Text.Json;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Devices;

/// <summary>
/// <c>device.status</c>: a node records the health of one of its own devices (printer paper,
/// display or scanner offline). The id is built from the mutation's node, so a node cannot
/// report for another. Reports are facts, not decisions: the latest by hybrid time wins, so a
/// report replayed late after an outage cannot overwrite a newer one. A repeat of the current
/// state still moves its time forward (otherwise an older, different report arriving after it
/// would win); nodes send a state only when it changed, so repeats are rare.
/// </summary>
public sealed class DeviceStatusMutator : IMutator
{
    /// <summary>Mutation type.</summary>
    public const string MutationType = "device.status";

    /// <inheritdoc />
    public string Type => MutationType;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<DeviceStatusPayload>(Type, payload);
        if (p.Device is null || !DeviceStatusValues.Devices.Contains(p.Device))
            throw new InvalidMutationPayloadException(Type, "device must be printer, display or scanner.");
        if (p.State is null || !DeviceStatusValues.States.Contains(p.State))
            throw new InvalidMutationPayloadException(Type, "state must be ok, paper-low, paper-out, cover-open, error or offline.");
        if (p.Detail is { Length: > DeviceStatusValues.MaxDetailLength })
            throw new InvalidMutationPayloadException(Type, $"detail must be at most {DeviceStatusValues.MaxDetailLength} characters.");

        var id = DeviceStatusEntity.IdOf(context.NodeId, p.Device);
        var current = entities.Get(DeviceStatusEntity.EntityType, id) is { } e ? MutatorJson.ReadState<DeviceStatusEntity>(e) : null;
        if (current is not null && current.Since >= context.Hlc.Value)
            return;
        entities.Put(DeviceStatusEntity.EntityType, id, SyncScope.Center,
            MutatorJson.ToElement(new DeviceStatusEntity(context.NodeId, p.Device, p.State, p.Detail, context.Hlc.Value)));
    }
}
