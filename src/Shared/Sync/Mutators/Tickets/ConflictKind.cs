namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Kinds of recorded collisions.</summary>
public enum ConflictKind
{
    /// <summary>Two printed tickets carry the same number (both stand: they are on paper).</summary>
    DuplicateNumber,

    /// <summary>Two counters called the same ticket; the earliest call (hybrid time, then node id) won.</summary>
    ConcurrentCall,
}
