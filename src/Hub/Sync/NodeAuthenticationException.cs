namespace CounterNode.Hub.Sync;

/// <summary>The node headers are missing, name an unknown node, or carry the wrong key.</summary>
public sealed class NodeAuthenticationException(string message) : SyncRequestException(message)
{
    public override int StatusCode => StatusCodes.Status401Unauthorized;

    public override string Title => "Node authentication failed";
}
