namespace CounterNode.Hub.Sync;

/// <summary>An authenticated node speaks for another node (body or mutation node id differs from its own).</summary>
public sealed class NodeMismatchException(string authenticated, string claimed)
    : SyncRequestException($"Node '{authenticated}' may only sync as itself, not as '{claimed}'.")
{
    public override int StatusCode => StatusCodes.Status403Forbidden;

    public override string Title => "Wrong node";
}
