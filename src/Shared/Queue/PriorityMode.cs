namespace CounterNode.Shared.Queue;

/// <summary>How a service mixes priority tickets (elderly, disabled, pregnant, veterans) with normal ones.</summary>
public enum PriorityMode
{
    /// <summary>Every waiting priority ticket goes before every normal one.</summary>
    Strict,

    /// <summary>One priority ticket after every N normal ones, so normal tickets are never starved.</summary>
    Interleaved,
}
