namespace CounterNode.Shared.Tickets;

/// <summary>
/// Citizens served first or interleaved (per-service setting), as listed in the center's
/// <c>priorityCategories</c>. Recorded on the ticket (not who the person is).
/// </summary>
public enum PriorityCategory
{
    /// <summary>Người cao tuổi.</summary>
    Elderly,

    /// <summary>Người khuyết tật.</summary>
    Disabled,

    /// <summary>Phụ nữ mang thai.</summary>
    Pregnant,

    /// <summary>Người có công với cách mạng.</summary>
    Veteran,
}
