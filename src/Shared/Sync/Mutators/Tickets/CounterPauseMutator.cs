using System.Globalization;
using System.Text.Json;
using CounterNode.Shared.Sync.Scopes;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// <c>counter.pause</c> / <c>counter.resume</c>: the officer stops or restarts calling tickets.
/// Repeating the current state changes nothing (a double click must not be an error).
/// The latest change by hybrid time wins, so an old pause replayed late cannot undo a resume.
/// </summary>
public sealed class CounterPauseMutator(bool pause) : IMutator
{
    /// <summary>Pausing.</summary>
    public const string PauseType = "counter.pause";

    /// <summary>Resuming.</summary>
    public const string ResumeType = "counter.resume";

    /// <inheritdoc />
    public string Type => pause ? PauseType : ResumeType;

    /// <inheritdoc />
    public void Apply(MutationContext context, JsonElement payload, IEntitySession entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var p = MutatorJson.ReadPayload<CounterStatePayload>(Type, payload);
        TicketRules.RequireCounter(Type, p.Counter);
        var id = p.Counter.ToString(CultureInfo.InvariantCulture);
        var current = entities.Get(CounterStateEntity.EntityType, id) is { } e ? MutatorJson.ReadState<CounterStateEntity>(e) : null;
        if (current is not null && (current.Paused == pause || current.Since > context.Hlc.Value))
            return;
        entities.Put(CounterStateEntity.EntityType, id, SyncScope.Center,
            MutatorJson.ToElement(new CounterStateEntity(p.Counter, pause, context.NodeId, context.Officer, context.Hlc.Value)));
    }
}
