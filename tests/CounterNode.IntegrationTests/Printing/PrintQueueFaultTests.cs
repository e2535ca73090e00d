using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.VirtualPrinter;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>The print queue against a misbehaving printer: paper out, unreachable, reset, garbage, restart.</summary>
public sealed class PrintQueueFaultTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Paper_out_mid_queue_holds_the_job_publishes_the_change_and_prints_once_when_paper_is_back()
    {
        await using var bench = PrinterBench.Start();
        var queue = bench.Queue(bench.Options(PrintTextMode.CodePage));
        var ct = PrinterBench.Timeout();
        var changes = new List<PrinterStatusChanged>();
        queue.Status.StatusChanged += (_, change) =>
        {
            lock (changes)
            {
                changes.Add(change);
            }
        };

        var first = await queue.PrintAsync(SampleDocuments.Ticket(Now), ct);
        Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(first, ct)).State);

        bench.Printer.State.Apply("paper-out");
        var second = await queue.PrintAsync(SampleDocuments.Receipt(Now), ct);
        var third = await queue.PrintAsync(SampleDocuments.Refusal(Now), ct);
        while ((await bench.Store.GetAsync(second, ct))!.State != PrintJobState.Held)
        {
            await Task.Delay(20, ct);
        }

        Assert.True(queue.Status.Current.PaperOut);
        lock (changes)
        {
            Assert.Contains(changes, c => c.Current.PaperOut && !c.Previous.PaperOut);
        }

        await Task.Delay(300, ct); // several held polls: still nothing printed
        Assert.Single(bench.Printer.Jobs);
        Assert.Equal(PrintJobState.Pending, (await bench.Store.GetAsync(third, ct))!.State);

        bench.Printer.State.Apply("paper-ok");
        var printedSecond = await queue.WaitForJobAsync(second, ct);
        var printedThird = await queue.WaitForJobAsync(third, ct);

        Assert.Equal(PrintJobState.Printed, printedSecond.State);
        Assert.Equal(PrintJobState.Printed, printedThird.State);
        Assert.Equal(1, printedSecond.Attempts);
        var jobs = await bench.Printer.WaitForJobsAsync(3, ct);
        await Task.Delay(200, ct);
        Assert.Equal(3, bench.Printer.Jobs.Count);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ", jobs[1].Transcript, StringComparison.Ordinal);
        Assert.Contains("PHIẾU TỪ CHỐI", jobs[2].Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("BẢN IN LẠI", jobs[1].Transcript, StringComparison.Ordinal);
        Assert.True(queue.Status.Current.CanPrint);
        lock (changes)
        {
            Assert.Contains(changes, c => c.Previous.PaperOut && !c.Current.PaperOut);
        }
    }

    [Fact]
    public async Task Unreachable_printer_keeps_the_job_with_a_clear_error_and_prints_it_once_it_appears()
    {
        await using var bench = PrinterBench.Start();
        var port = FreePort.Next();
        var queue = bench.Queue(bench.Options(PrintTextMode.CodePage, port: port));
        var ct = PrinterBench.Timeout();
        var id = await queue.PrintAsync(SampleDocuments.Ticket(Now), ct);

        PrintJob stored;
        do
        {
            await Task.Delay(20, ct);
            stored = (await bench.Store.GetAsync(id, ct))!;
        }
        while (stored.LastError is null);

        Assert.Equal(PrintJobState.Pending, stored.State);
        Assert.Contains($"Cannot connect to tcp://127.0.0.1:{port}", stored.LastError, StringComparison.Ordinal);
        Assert.False(queue.Status.Current.Reachable);

        await using var late = new VirtualPrinterServer(new VirtualPrinterOptions { Port = port, OutputDirectory = Path.Combine(bench.Directory, "late") });
        late.Start();
        Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(id, ct)).State);
        var job = Assert.Single(await late.WaitForJobsAsync(1, ct));
        Assert.DoesNotContain("BẢN IN LẠI", job.Transcript, StringComparison.Ordinal);
        Assert.True(queue.Status.Current.Reachable);
    }

    [Fact]
    public async Task Connection_reset_mid_job_reprints_once_marked_as_reprint()
    {
        await using var bench = PrinterBench.Start();
        bench.Printer.State.Apply("reset-after 600");
        // Queued before the queue starts, so the first connection is the job's (not an idle status check).
        var queue = bench.Queue(bench.Options(PrintTextMode.CodePage), start: false);
        var ct = PrinterBench.Timeout();

        var id = await queue.PrintAsync(SampleDocuments.Receipt(Now), ct);
        queue.Start();
        var job = await queue.WaitForJobAsync(id, ct);

        Assert.Equal(PrintJobState.Printed, job.State);
        Assert.Equal(2, job.Attempts);
        var printed = await bench.Printer.WaitForJobsAsync(2, ct);
        await Task.Delay(200, ct);
        Assert.Equal(2, bench.Printer.Jobs.Count);
        Assert.False(printed[0].Complete); // the torn paper
        Assert.True(printed[1].Complete);
        Assert.Contains("*** BẢN IN LẠI ***", printed[1].Transcript, StringComparison.Ordinal);
        Assert.Equal(2, printed[1].Barcodes.Count);
        Assert.Single(bench.Printer.Jobs, j => j.Complete);
    }

    [Fact]
    public async Task Garbage_status_is_a_clear_error_and_the_job_prints_once()
    {
        await using var bench = PrinterBench.Start();
        bench.Printer.State.Apply("garbage-status");
        var options = bench.Options(PrintTextMode.CodePage);
        options.ImmediateRetries = 0; // let the error reach the job record
        var queue = bench.Queue(options, start: false);
        var ct = PrinterBench.Timeout();

        var id = await queue.PrintAsync(SampleDocuments.Ticket(Now), ct);
        queue.Start();
        var job = await queue.WaitForJobAsync(id, ct);

        Assert.Equal(PrintJobState.Printed, job.State);
        Assert.Equal(1, job.Attempts); // the garbage came before any job byte
        Assert.Equal(2, bench.Printer.Connections); // one refused on garbage, one printed
        var printed = Assert.Single(await bench.Printer.WaitForJobsAsync(1, ct));
        Assert.DoesNotContain("BẢN IN LẠI", printed.Transcript, StringComparison.Ordinal);
        await Task.Delay(200, ct);
        Assert.Single(bench.Printer.Jobs);
    }

    [Fact]
    public async Task Silent_printer_times_out_and_the_job_waits()
    {
        await using var bench = PrinterBench.Start();
        bench.Printer.State.Apply("mute");
        var options = bench.Options(PrintTextMode.CodePage);
        options.ReplyTimeout = TimeSpan.FromMilliseconds(300);
        var queue = bench.Queue(options, start: false);
        var ct = PrinterBench.Timeout();
        var id = await queue.PrintAsync(SampleDocuments.Ticket(Now), ct);
        queue.Start();

        PrintJob stored;
        do
        {
            await Task.Delay(20, ct);
            stored = (await bench.Store.GetAsync(id, ct))!;
        }
        while (stored.LastError is null);

        Assert.Contains("No reply to DLE EOT 1", stored.LastError, StringComparison.Ordinal);
        Assert.Equal(PrintJobState.Pending, stored.State);
        Assert.Empty(bench.Printer.Jobs);

        bench.Printer.State.Apply("unmute");
        Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(id, ct)).State);
        Assert.Single(await bench.Printer.WaitForJobsAsync(1, ct));
    }

    [Fact]
    public async Task Jobs_survive_dispose_and_restart_and_an_interrupted_job_is_reprinted_marked()
    {
        await using var bench = PrinterBench.Start();
        var ct = PrinterBench.Timeout();

        // A run that stored jobs but never printed them (the printer was off), then stopped.
        var deadPort = FreePort.Next();
        var first = bench.Queue(bench.Options(PrintTextMode.CodePage, port: deadPort));
        var ids = new List<long>
        {
            await first.PrintAsync(SampleDocuments.Ticket(Now), ct),
            await first.PrintAsync(SampleDocuments.Supplement(Now), ct),
        };
        await first.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => first.PrintAsync(SampleDocuments.Ticket(Now), ct));

        // A job that was being written when the node died.
        var interrupted = await bench.Store.AddAsync("receipt", SampleDocuments.Apology(Now), ct);
        interrupted.State = PrintJobState.Printing;
        interrupted.Attempts = 1;
        interrupted.PossiblyPrinted = true;
        await bench.Store.UpdateAsync(interrupted, ct);
        ids.Add(interrupted.Id);

        var second = bench.Queue(bench.Options(PrintTextMode.CodePage));
        foreach (var id in ids)
        {
            Assert.Equal(PrintJobState.Printed, (await second.WaitForJobAsync(id, ct)).State);
        }

        var printed = await bench.Printer.WaitForJobsAsync(3, ct);
        await Task.Delay(200, ct);
        Assert.Equal(3, bench.Printer.Jobs.Count);
        Assert.Contains("SỐ THỨ TỰ CỦA QUÝ KHÁCH", printed[0].Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("BẢN IN LẠI", printed[0].Transcript, StringComparison.Ordinal);
        Assert.Contains("BỔ SUNG, HOÀN THIỆN", printed[1].Transcript, StringComparison.Ordinal);
        Assert.Contains("*** BẢN IN LẠI ***", printed[2].Transcript, StringComparison.Ordinal);
        Assert.Empty(await bench.Store.GetUnfinishedAsync("receipt", ct));
    }

    [Fact]
    public async Task Bad_input_fails_the_job_clearly_and_the_queue_moves_on()
    {
        await using var bench = PrinterBench.Start();
        var queue = bench.Queue(bench.Options(PrintTextMode.CodePage));
        var ct = PrinterBench.Timeout();
        var bad = await queue.PrintAsync(SampleDocuments.Ticket(Now) with { ServiceName = "Dịch vụ 日本" }, ct);
        var good = await queue.PrintAsync(SampleDocuments.Ticket(Now), ct);

        var failed = await queue.WaitForJobAsync(bad, ct);
        Assert.Equal(PrintJobState.Failed, failed.State);
        Assert.Contains("has no byte in code page WPC1258", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(good, ct)).State);
        Assert.Single(await bench.Printer.WaitForJobsAsync(1, ct));
    }
}
