using BenchmarkDotNet.Attributes;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Benchmarks.Printing;

/// <summary>
/// Mẫu 01 receipts (two copies, CODE128 + QR) encoded to ESC/POS per second in raster and
/// code-page mode, and the time from "print" (job stored durably) to the printer's status reply
/// after the last byte, over loopback TCP.
/// Run: <c>dotnet run -c Release --project tests/CounterNode.Benchmarks -- --filter '*Printing*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PrintingBenchmarks
{
    private readonly ReceiptDocument _receipt = SampleDocuments.Receipt(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero));
    private RasterTextRenderer _font = null!;
    private EscPosDocumentRenderer _raster = null!;
    private EscPosDocumentRenderer _codePage = null!;
    private LoopbackPrinterSink _sink = null!;
    private PrintQueue _rasterQueue = null!;
    private PrintQueue _codePageQueue = null!;
    private string _directory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _font = new RasterTextRenderer("DejaVu Sans");
        _raster = EscPosDocumentRenderer.ForRaster(PrinterProfiles.EpsonTmT88, _font);
        _codePage = EscPosDocumentRenderer.ForCodePage(PrinterProfiles.EpsonTmT88, VietnameseCodePage.Wpc1258);
        _sink = new LoopbackPrinterSink();
        _sink.Start();
        _directory = Path.Combine(Path.GetTempPath(), "cn-print-bench-" + Guid.NewGuid().ToString("N"));
        var store = SqlitePrintJobStore.Open(Path.Combine(_directory, "jobs.db"), TimeProvider.System);
        _rasterQueue = CreateQueue(store, PrintTextMode.Raster, "raster");
        _codePageQueue = CreateQueue(store, PrintTextMode.CodePage, "codepage");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _rasterQueue.DisposeAsync();
        await _codePageQueue.DisposeAsync();
        await _sink.DisposeAsync();
        _font.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "Encode Mẫu 01 receipt, raster mode")]
    public int EncodeReceiptRaster() => _raster.Render(DocumentComposer.Compose(_receipt)).Length;

    [Benchmark(Description = "Encode Mẫu 01 receipt, code-page mode (WPC1258)")]
    public int EncodeReceiptCodePage() => _codePage.Render(DocumentComposer.Compose(_receipt)).Length;

    [Benchmark(Description = "Print Mẫu 01 to loopback printer, raster (store → status → write → status)")]
    public async Task<PrintJobState> PrintReceiptRasterLoopback()
    {
        var id = await _rasterQueue.PrintAsync(_receipt, CancellationToken.None);
        return (await _rasterQueue.WaitForJobAsync(id, CancellationToken.None)).State;
    }

    [Benchmark(Description = "Print Mẫu 01 to loopback printer, code page")]
    public async Task<PrintJobState> PrintReceiptCodePageLoopback()
    {
        var id = await _codePageQueue.PrintAsync(_receipt, CancellationToken.None);
        return (await _codePageQueue.WaitForJobAsync(id, CancellationToken.None)).State;
    }

    private PrintQueue CreateQueue(SqlitePrintJobStore store, PrintTextMode mode, string name)
    {
        var options = new PrintingOptions
        {
            Enabled = true,
            PrinterName = name,
            Host = "127.0.0.1",
            Port = _sink.Port,
            TextMode = mode,
            IdleStatusInterval = TimeSpan.FromHours(1),
        };
        var queue = PrintQueueFactory.Create(options, store, _font, TimeProvider.System, NullLoggerFactory.Instance);
        queue.Start();
        return queue;
    }
}
