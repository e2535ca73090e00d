namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// Whether a counter takes calls (entity type <c>counter-state</c>, id = counter number, scope
/// <c>center</c> so the board sees paused counters).
/// </summary>
/// <param name="Counter">Counter number.</param>
/// <param name="Paused">True while the officer paused calling (break, paperwork).</param>
/// <param name="NodeId">Node that changed it last.</param>
/// <param name="Officer">Officer who changed it last, if known.</param>
/// <param name="Since">Packed hybrid timestamp of the change.</param>
public sealed record CounterStateEntity(int Counter, bool Paused, string NodeId, string? Officer, long Since)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = "counter-state";
}
