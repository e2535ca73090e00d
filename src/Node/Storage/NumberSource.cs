namespace CounterNode.Node.Storage;

/// <summary>Where a printed number came from.</summary>
public enum NumberSource
{
    /// <summary>Assigned online by the Hub.</summary>
    Hub,

    /// <summary>Drawn from a block the Hub leased to this node in advance.</summary>
    Reserve,
}
