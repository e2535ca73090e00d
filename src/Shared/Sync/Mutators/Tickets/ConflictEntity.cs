namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// A collision the Hub resolved (entity type <c>conflict</c>, scope <c>center</c> so both
/// counters and the board see it). Its content depends only on the colliding facts, not on
/// the order they reached the Hub: lists are kept sorted.
/// </summary>
/// <param name="Id">Conflict key, e.g. <c>call:{ticket}</c> or <c>number:{day/prefix/number}</c>.</param>
/// <param name="Kind">What collided.</param>
/// <param name="Tickets">Tickets involved, sorted.</param>
/// <param name="Winner">For calls: the call that stands.</param>
/// <param name="Losers">For calls: the calls that lost, sorted by their timestamp.</param>
/// <param name="Message">Vietnamese text for the counters and the board.</param>
public sealed record ConflictEntity(
    string Id,
    ConflictKind Kind,
    IReadOnlyList<Guid> Tickets,
    CallClaim? Winner,
    IReadOnlyList<CallClaim> Losers,
    string Message);
