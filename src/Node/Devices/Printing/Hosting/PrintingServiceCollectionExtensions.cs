using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Status;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>Registers the receipt printer: options, job store, queue, status monitor, hosted service.</summary>
public static class PrintingServiceCollectionExtensions
{
    /// <summary>
    /// Adds printing bound from the "Printing" section (validated on start). Resolve
    /// <see cref="IReceiptPrinter"/> to print and <see cref="IPrinterStatusMonitor"/> to watch status.
    /// </summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NodeOptions>().Bind(configuration.GetSection(NodeOptions.SectionName));
        services.AddValidatedOptions<PrintingOptions, PrintingOptionsValidator>(configuration, PrintingOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IPrintJobStore>(sp =>
        {
            var node = sp.GetRequiredService<IOptions<NodeOptions>>().Value;
            var options = sp.GetRequiredService<IOptions<PrintingOptions>>().Value;
            return SqlitePrintJobStore.Open(PrintQueueFactory.JobDatabasePath(options, node.DataDirectory), sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PrintingOptions>>().Value;
            return new RasterTextRenderer(options.FontFamily);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PrintingOptions>>().Value;
            return PrintQueueFactory.Create(
                options,
                sp.GetRequiredService<IPrintJobStore>(),
                options.TextMode == PrintTextMode.Raster ? sp.GetRequiredService<RasterTextRenderer>() : null,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>());
        });
        services.TryAddSingleton<IReceiptPrinter>(sp => sp.GetRequiredService<PrintQueue>());
        services.TryAddSingleton(sp => sp.GetRequiredService<PrintQueue>().Status);
        services.AddHostedService<PrintingHostedService>();
        return services;
    }
}
