using Microsoft.Extensions.Options;

namespace CounterNode.Node.Demo;

/// <summary>Says loudly at start which demo settings are on (a production node must show none).</summary>
internal sealed partial class DemoModeNotice(IOptions<DemoOptions> options, ILogger<DemoModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.OpenAllHours)
            LogOpenAllHours(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 190, Level = LogLevel.Warning,
        Message = "DEMO MODE: Demo:OpenAllHours is on, tickets are issued outside working hours. Never set it in a real hall.")]
    private static partial void LogOpenAllHours(ILogger logger);
}
