using CounterNode.Node.Devices.Printing.Queue;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>
/// Starts the print queue with the host and drains it on shutdown (no job lost on stop). A node
/// without a printer (Printing:Enabled = false) creates nothing: no job file, no font lookup.
/// </summary>
public sealed class PrintingHostedService(IServiceProvider services, IOptions<PrintingOptions> options) : IHostedService
{
    private PrintQueue? _queue;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            _queue = services.GetRequiredService<PrintQueue>();
            _queue.Start();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _queue?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
