using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;

namespace CounterNode.Node.Devices.Printing.Samples;

/// <summary>
/// Prints one sample of every document through the configured printer (the real queue: stored,
/// status-checked, retried). For the Node: <c>--print-samples</c>; the virtual printer runs it too.
/// </summary>
public static class PrintSamplesCommand
{
    public const string Switch = "--print-samples";

    /// <summary>Prints the samples and waits until each is final; returns the final jobs.</summary>
    public static async Task<IReadOnlyList<PrintJob>> RunAsync(
        PrintingOptions options,
        string dataDirectory,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = SqlitePrintJobStore.Open(PrintQueueFactory.JobDatabasePath(options, dataDirectory), time);
        using var raster = options.TextMode == PrintTextMode.Raster ? new RasterTextRenderer(options.FontFamily) : null;
        await using var queue = PrintQueueFactory.Create(options, store, raster, time, loggers);
        queue.Start();
        var ids = new List<long>();
        foreach (var document in SampleDocuments.All(time.GetUtcNow()))
        {
            ids.Add(await queue.PrintAsync(document, cancellationToken).ConfigureAwait(false));
        }

        var jobs = new List<PrintJob>();
        foreach (var id in ids)
        {
            jobs.Add(await queue.WaitForJobAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return jobs;
    }

    /// <summary>
    /// Handles <c>--print-samples</c> for the Node's Program.cs: binds "Node" and "Printing" from
    /// <paramref name="configuration"/>, prints, and returns the process exit code.
    /// </summary>
    public static async Task<int> RunFromConfigurationAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var node = configuration.GetSection(NodeOptions.SectionName).Get<NodeOptions>() ?? new NodeOptions();
        var options = configuration.GetSection(PrintingOptions.SectionName).Get<PrintingOptions>() ?? new PrintingOptions();
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole());
        var jobs = await RunAsync(options, node.DataDirectory, TimeProvider.System, loggers, cancellationToken).ConfigureAwait(false);
        foreach (var job in jobs)
        {
            Console.WriteLine($"job {job.Id} {job.Document.Kind}: {job.State}");
        }

        return jobs.All(j => j.State == PrintJobState.Printed) ? 0 : 1;
    }
}
