using CounterNode.Node.Configuration;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Hosting;

/// <summary>
/// Logs the node's identity when it is up and when it stops, so an operator reading the
/// journal can tell which counter a log belongs to. Shutdown is driven by the host
/// (Ctrl+C, SIGTERM from systemd); the host waits for every hosted service to stop.
/// </summary>
internal sealed partial class NodeLifetimeService(
    IOptions<NodeOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<NodeLifetimeService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var node = options.Value;
        lifetime.ApplicationStarted.Register(() => LogReady(logger, node.NodeId, node.Role, node.HubUrl));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopped(logger, options.Value.NodeId);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Node {NodeId} ready as {Role}; Hub at {HubUrl}")]
    private static partial void LogReady(ILogger logger, string nodeId, NodeRole role, Uri hubUrl);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Node {NodeId} stopped cleanly")]
    private static partial void LogStopped(ILogger logger, string nodeId);
}
