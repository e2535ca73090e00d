using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Display.Text;
using CounterNode.Node.Devices.Transports;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Display.Hosting;

/// <summary>
/// Puts the counter's idle screen on the display when the node starts and blanks it when the
/// node stops. A display that cannot be reached is logged, never fatal: the counter works without it.
/// </summary>
public sealed partial class CounterDisplayHostedService(
    ICounterDisplay display,
    IOptions<DisplayOptions> displayOptions,
    IOptions<NodeOptions> nodeOptions,
    ILogger<CounterDisplayHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (displayOptions.Value.Kind == DisplayKind.None || nodeOptions.Value.CounterNumber is not { } counter)
        {
            return;
        }

        try
        {
            await display.ShowIdleAsync(counter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or DisplayTextOverflowException or IOException)
        {
            LogUnavailable(logger, ex, displayOptions.Value.Kind);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (displayOptions.Value.Kind == DisplayKind.None)
        {
            return;
        }

        try
        {
            await display.ClearAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or IOException or OperationCanceledException)
        {
            LogUnavailable(logger, ex, displayOptions.Value.Kind);
        }
    }

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Counter display ({Kind}) is not available; the counter works without it")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, DisplayKind kind);
}
