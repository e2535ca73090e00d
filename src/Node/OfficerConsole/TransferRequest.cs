namespace CounterNode.Node.OfficerConsole;

/// <summary>Body of <c>POST /api/console/transfer</c>.</summary>
/// <param name="ToService">Prefix of the service the held ticket goes to.</param>
public sealed record TransferRequest(string? ToService);
