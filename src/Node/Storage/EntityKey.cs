namespace CounterNode.Node.Storage;

/// <summary>(type, id) of an entity.</summary>
public readonly record struct EntityKey(string Type, string Id)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}/{Id}";
}
