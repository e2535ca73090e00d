namespace CounterNode.Node.Sync;

/// <summary>The node's identity toward the Hub. <see cref="ToString"/> hides the key so it never reaches a log.</summary>
/// <param name="NodeId">Sent as <c>X-CounterNode-Node</c>.</param>
/// <param name="Key">Sent as <c>X-CounterNode-Key</c>.</param>
public sealed record HubCredentials(string NodeId, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"HubCredentials {{ NodeId = {NodeId}, Key = *** }}";
}
