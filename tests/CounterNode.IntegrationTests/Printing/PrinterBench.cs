using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.VirtualPrinter;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>A virtual printer on a loopback port, a temp folder and a real SQLite job store, for one test.</summary>
internal sealed class PrinterBench : IAsyncDisposable
{
    private readonly List<PrintQueue> _queues = [];

    private PrinterBench(string directory, VirtualPrinterServer printer)
    {
        Directory = directory;
        Printer = printer;
        Store = SqlitePrintJobStore.Open(Path.Combine(directory, "print-jobs.db"), TimeProvider.System);
    }

    public string Directory { get; }

    public VirtualPrinterServer Printer { get; }

    public SqlitePrintJobStore Store { get; }

    public RasterTextRenderer Raster { get; } = new("DejaVu Sans");

    public static PrinterBench Start(int port = 0)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cn-print-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = port, OutputDirectory = Path.Combine(directory, "out") });
        printer.Start();
        return new PrinterBench(directory, printer);
    }

    public PrintingOptions Options(PrintTextMode mode = PrintTextMode.Raster, VietnameseCodePage codePage = VietnameseCodePage.Wpc1258, int? port = null) => new()
    {
        Enabled = true,
        Host = "127.0.0.1",
        Port = port ?? Printer.Port,
        TextMode = mode,
        CodePage = codePage,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ReplyTimeout = TimeSpan.FromSeconds(2),
        ImmediateRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(200),
        HeldPollInterval = TimeSpan.FromMilliseconds(100),
        IdleStatusInterval = TimeSpan.FromSeconds(30),
        DrainTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>A started queue on this bench's store.</summary>
    public PrintQueue Queue(PrintingOptions options, bool start = true)
    {
        var queue = PrintQueueFactory.Create(options, Store, Raster, TimeProvider.System, NullLoggerFactory.Instance);
        _queues.Add(queue);
        if (start)
        {
            queue.Start();
        }

        return queue;
    }

    public static CancellationToken Timeout(int seconds = 30) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in _queues)
        {
            await queue.DisposeAsync();
        }

        await Printer.DisposeAsync();
        Raster.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
