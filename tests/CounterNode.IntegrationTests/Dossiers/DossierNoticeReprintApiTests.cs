using System.Net;
using System.Net.Http.Json;
using CounterNode.IntegrationTests.Printing;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Node.Dossiers;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.VirtualPrinter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// <c>POST /api/dossiers/reprint-notice</c> on a real node (Kestrel on loopback, real SQLite
/// replica, virtual printer) standing for a counter of the department that did NOT receive the
/// dossier, and on the receiving counter itself (its print-once bookkeeping stays untouched).
/// </summary>
public sealed class DossierNoticeReprintApiTests
{
    private const string Missing = "Bản sao giấy khai sinh có chứng thực";

    [Fact]
    public async Task A_second_counter_reprints_the_open_supplement_request_then_the_latest_delay_report()
    {
        await using var printer = StartPrinter();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(31, 35);
        using var http = await node.SignedInClientAsync();
        var code = await ReceiveAsync(http);
        await printer.WaitForJobsAsync(1, PrinterBench.Timeout(60)); // Mẫu 01 of the reception
        await ReceivedElsewhere.MoveAsync(node.Replica, code);

        var hub = new DossierHubSimulator(node.Replica);
        await hub.DecideAsync(code, InProcessingThen(code,
            (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(code, [Missing], "Tờ khai thiếu nơi cư trú"))));
        await Watcher(node).CatchUpAsync(CancellationToken.None);
        Assert.Single(printer.Jobs); // not the receiving counter: nothing printed by itself

        var lookup = await DossierApiTests.JsonAsync(await http.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString(code)));
        var notice = Assert.Single(lookup.GetProperty("notices").EnumerateArray());
        Assert.Equal("mau-02", notice.GetProperty("formCode").GetString());
        Assert.Contains("1. " + Missing, notice.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));

        var reprinted = await http.PostAsJsonAsync("/api/dossiers/reprint-notice", new { code });
        Assert.Equal(HttpStatusCode.OK, reprinted.StatusCode);
        var body = await DossierApiTests.JsonAsync(reprinted);
        Assert.Equal(("mau-02", true), (body.GetProperty("form").GetString(), body.GetProperty("printed").GetBoolean()));
        Assert.StartsWith("Đã in lại Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var paper = (await printer.WaitForJobsAsync(2, PrinterBench.Timeout(60)))[1];
        Assert.Contains("PHIẾU YÊU CẦU", paper.Transcript, StringComparison.Ordinal);
        Assert.Contains("1. " + Missing, paper.Transcript, StringComparison.Ordinal);
        Assert.Equal([code], paper.Barcodes);
        Assert.Empty(await node.App.Services.GetRequiredService<PrintedNoticeStore>().PrintedAsync(CancellationToken.None));

        await hub.DecideAsync(code,
            (DossierMutationTypes.Supplemented, new DossierCodePayload(code)),
            (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
            (DossierMutationTypes.ReportDelay, new ReportDelayPayload(code, "Chờ kết quả xác minh của Công an tỉnh", new DateOnly(2026, 12, 17))));
        var stale = await http.PostAsJsonAsync("/api/dossiers/reprint-notice", new { code, form = "mau-02" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("không có yêu cầu bổ sung (Mẫu 02)", (await DossierApiTests.JsonAsync(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var delay = await DossierApiTests.JsonAsync(await http.PostAsJsonAsync("/api/dossiers/reprint-notice", new { code }));
        Assert.Equal("mau-04", delay.GetProperty("form").GetString());
        var apology = (await printer.WaitForJobsAsync(3, PrinterBench.Timeout(60)))[2];
        Assert.Contains("PHIẾU XIN LỖI", apology.Transcript, StringComparison.Ordinal);
        Assert.Contains("ngày 17/12/2026", apology.Transcript, StringComparison.Ordinal);
        Assert.Equal(3, printer.Jobs.Count);
    }

    [Fact]
    public async Task At_the_receiving_counter_a_reprint_adds_a_copy_and_leaves_the_print_once_bookkeeping_alone()
    {
        await using var printer = StartPrinter();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(36, 40);
        using var http = await node.SignedInClientAsync();
        var code = await ReceiveAsync(http);
        await new DossierHubSimulator(node.Replica).DecideAsync(code, InProcessingThen(code,
            (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(code, [Missing], null))));
        await printer.WaitForJobsAsync(2, PrinterBench.Timeout(60)); // Mẫu 01, then Mẫu 02 by the watcher
        var store = node.App.Services.GetRequiredService<PrintedNoticeStore>();
        Assert.Equal([$"supplement:{code}"], await store.PrintedAsync(CancellationToken.None));

        var response = await http.PostAsJsonAsync("/api/dossiers/reprint-notice", new { code = code + "\r\n", form = " MAU-02 " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var copy = (await printer.WaitForJobsAsync(3, PrinterBench.Timeout(60)))[2];
        Assert.Equal(printer.Jobs[1].Transcript, copy.Transcript); // the same paper, from the same form builder

        await Watcher(node).CatchUpAsync(CancellationToken.None);
        Assert.Equal([$"supplement:{code}"], await store.PrintedAsync(CancellationToken.None));
        Assert.Equal(3, printer.Jobs.Count);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_their_reason_and_print_nothing()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning); // no printer
        await node.LeaseReserveAsync(41, 45);
        using var http = await node.SignedInClientAsync();
        var code = await ReceiveAsync(http);

        await AssertProblemAsync(http, new { code = "000.00.00.H34-261126-12" }, HttpStatusCode.BadRequest, null, "Mã hồ sơ không hợp lệ");
        await AssertProblemAsync(http, new { code = "000.00.00.H34-261126-0999" }, HttpStatusCode.NotFound, null, null);
        await AssertProblemAsync(http, new { code, form = "mau-03" }, HttpStatusCode.BadRequest, "dossier.unknown-notice-form", "Loại phiếu không hợp lệ");
        await AssertProblemAsync(http, new { code }, HttpStatusCode.Conflict, "dossier.no-open-notice", "không có yêu cầu bổ sung hay thông báo trễ hẹn");

        await new DossierHubSimulator(node.Replica).DecideAsync(code, InProcessingThen(code,
            (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(code, [Missing], null))));
        await AssertProblemAsync(http, new { code }, HttpStatusCode.ServiceUnavailable, "dossier.notice-printer-unavailable", "chưa cấu hình máy in");

        await ReceivedElsewhere.MoveAsync(node.Replica, code, department: "SXD");
        await AssertProblemAsync(http, new { code }, HttpStatusCode.Forbidden, "dossier.outside-scope", "thuộc cơ quan khác");
    }

    [Fact]
    public async Task A_printer_out_of_paper_is_named_and_nothing_is_queued()
    {
        await using var printer = StartPrinter();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(46, 50);
        using var http = await node.SignedInClientAsync();
        var code = await ReceivedElsewhereAndDecidedAsync(node, http, printer,
            c => (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(c, [Missing], null)));

        Assert.True(printer.State.Apply("paper-out"));
        // What the node's idle status poll reads from the printer (every 30 s), reported at once
        // into the node's real status monitor so the test does not wait for the poll.
        var monitor = (PrinterStatusMonitor)node.App.Services.GetRequiredService<IReceiptPrinter>().Status;
        monitor.Report(PrinterStatus.Ready with { PaperOut = true });
        Assert.False(node.App.Services.GetRequiredService<DossierPrinter>().Status!.CanPrint);
        await AssertProblemAsync(http, new { code }, HttpStatusCode.ServiceUnavailable, "dossier.notice-printer-unavailable", "máy in đang báo lỗi");
        Assert.Single(printer.Jobs);
    }

    [Fact]
    public async Task A_printer_that_does_not_answer_gets_the_page_queued_and_the_officer_is_told_it_is_not_printed_yet()
    {
        await using var printer = StartPrinter();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(56, 60);
        using var http = await node.SignedInClientAsync();
        var code = await ReceivedElsewhereAndDecidedAsync(node, http, printer,
            c => (DossierMutationTypes.ReportDelay, new ReportDelayPayload(c, "Chờ kết quả xác minh của Công an tỉnh", new DateOnly(2026, 12, 17))));

        // The test host's settings are shared with other tests; the wait is shortened on the
        // node's own options object so the test does not sit out the 15-second default.
        node.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DossierOptions>>().Value.NoticeReprintWait = TimeSpan.FromSeconds(1);
        printer.State.Mute = true; // status requests get no answer: the queue holds the page
        var response = await http.PostAsJsonAsync("/api/dossiers/reprint-notice", new { code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DossierApiTests.JsonAsync(response);
        Assert.Equal(("mau-04", false), (body.GetProperty("form").GetString(), body.GetProperty("printed").GetBoolean()));
        Assert.Contains("máy in chưa in xong", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(printer.Jobs);

        printer.State.Mute = false; // the queued page comes out once the printer answers again
        var late = (await printer.WaitForJobsAsync(2, PrinterBench.Timeout(60)))[1];
        Assert.Contains("PHIẾU XIN LỖI", late.Transcript, StringComparison.Ordinal);
    }

    private static VirtualPrinterServer StartPrinter()
    {
        var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = Directory.CreateTempSubdirectory("cn-notice-reprint-").FullName });
        printer.Start();
        return printer;
    }

    // A dossier received here (its Mẫu 01 printed), then made to look received at another counter,
    // transferred and taken into processing, and finally given the department's decision.
    private static async Task<string> ReceivedElsewhereAndDecidedAsync(
        DossierNodeHost node, HttpClient http, VirtualPrinterServer printer, Func<string, (string Type, object Payload)> decision)
    {
        var code = await ReceiveAsync(http);
        await printer.WaitForJobsAsync(1, PrinterBench.Timeout(60));
        await ReceivedElsewhere.MoveAsync(node.Replica, code);
        await new DossierHubSimulator(node.Replica).DecideAsync(code, InProcessingThen(code, decision(code)));
        return code;
    }

    // The department's steps before a notice: the paper batch goes out, processing starts, then the decision.
    private static (string Type, object Payload)[] InProcessingThen(string code, (string Type, object Payload) decision) =>
    [
        (DossierMutationTypes.Transfer, new TransferDossierPayload(code, "paper-1030")),
        (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
        decision,
    ];

    private static async Task<string> ReceiveAsync(HttpClient http) =>
        (await DossierApiTests.JsonAsync(await http.PostAsJsonAsync("/api/dossiers/receive", DossierApiTests.Form()))).GetProperty("code").GetString()!;

    private static DossierNoticeWatcher Watcher(DossierNodeHost node) =>
        node.App.Services.GetServices<IHostedService>().OfType<DossierNoticeWatcher>().Single();

    private static async Task AssertProblemAsync(HttpClient http, object request, HttpStatusCode status, string? code, string? detail)
    {
        var response = await http.PostAsJsonAsync("/api/dossiers/reprint-notice", request);
        Assert.Equal(status, response.StatusCode);
        var problem = await DossierApiTests.JsonAsync(response);
        if (code is not null)
            Assert.Equal(code, problem.GetProperty("code").GetString());
        if (detail is not null)
            Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
