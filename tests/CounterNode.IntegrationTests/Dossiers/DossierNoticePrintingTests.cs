using System.Net.Http.Json;
using CounterNode.IntegrationTests.Printing;
using CounterNode.Node.Dossiers;
using CounterNode.Node.OfficerConsole;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.VirtualPrinter;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// Mẫu 01 at reception, then the department's supplement request and delay report arriving
/// through the replica's pull path: alerts on the console and Mẫu 02 / Mẫu 04 on the virtual
/// printer, each exactly once — also after a re-pull of the same state and a node restart.
/// </summary>
public sealed class DossierNoticePrintingTests
{
    [Fact]
    public async Task Notices_print_once_each_across_repulls_and_restarts()
    {
        var outDir = Directory.CreateTempSubdirectory("cn-dossier-printer-").FullName;
        await using var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = outDir });
        printer.Start();
        var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        var dataDirectory = node.Directory;
        try
        {
            await node.LeaseReserveAsync(11, 15);
            using var http = await node.SignedInClientAsync();
            var code = (await DossierApiTests.JsonAsync(await http.PostAsJsonAsync("/api/dossiers/receive", DossierApiTests.Form())))
                .GetProperty("code").GetString()!;

            var receipt = Assert.Single(await printer.WaitForJobsAsync(1, PrinterBench.Timeout(60)));
            Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ", receipt.Transcript, StringComparison.Ordinal);
            Assert.Contains($"Mã hồ sơ: {code}", receipt.Transcript, StringComparison.Ordinal);
            Assert.Contains($"Tiếp nhận hồ sơ của: {DossierApiTests.ApplicantName}", receipt.Transcript, StringComparison.Ordinal);
            Assert.Equal([code, code], receipt.Barcodes); // two copies, each with the code
            Assert.Equal(code, BarcodeScanner.Scan(receipt.PngPath).Code128.Single());

            var hub = new DossierHubSimulator(node.Replica);
            await hub.DecideAsync(code,
                (DossierMutationTypes.Transfer, new TransferDossierPayload(code, "paper-1030")),
                (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
                (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(code, ["Bản sao giấy khai sinh có chứng thực"], "Tờ khai thiếu nơi cư trú")));
            var supplement = (await printer.WaitForJobsAsync(2, PrinterBench.Timeout(60)))[1];
            Assert.Contains("PHIẾU YÊU CẦU", supplement.Transcript, StringComparison.Ordinal);
            Assert.Contains("1. Bản sao giấy khai sinh có chứng thực", supplement.Transcript, StringComparison.Ordinal);
            Assert.Equal([code], supplement.Barcodes);
            var alerts = node.App.Services.GetRequiredService<ConsoleAlerts>();
            Assert.Contains(alerts.Snapshot(), a => a.Message.Contains($"Hồ sơ {code}: cơ quan chuyên môn yêu cầu bổ sung", StringComparison.Ordinal));

            await hub.DecideAsync(code,
                (DossierMutationTypes.Supplemented, new DossierCodePayload(code)),
                (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
                (DossierMutationTypes.ReportDelay, new ReportDelayPayload(code, "Chờ kết quả xác minh của Công an tỉnh", new DateOnly(2026, 12, 17))));
            var apology = (await printer.WaitForJobsAsync(3, PrinterBench.Timeout(60)))[2];
            Assert.Contains("PHIẾU XIN LỖI", apology.Transcript, StringComparison.Ordinal);
            Assert.Contains("16 giờ 00 phút, ngày 17/12/2026", apology.Transcript, StringComparison.Ordinal);
            Assert.Contains(alerts.Snapshot(), a => a.Message.Contains("hẹn trả lại ngày 17/12/2026", StringComparison.Ordinal));

            // The same state again (a re-pull), then a restart on the same data: nothing more prints.
            await hub.RedeliverAsync(code);
            await node.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DossierNoticeWatcher>().Single().CatchUpAsync(CancellationToken.None);
            await node.StopKeepingDataAsync();
            node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, dataDirectory, printer.Port);
            await node.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DossierNoticeWatcher>().Single().CatchUpAsync(CancellationToken.None);
            Assert.Equal([$"delay:{code}:1", $"supplement:{code}"], await node.App.Services.GetRequiredService<PrintedNoticeStore>().PrintedAsync(CancellationToken.None));

            // A second delay report is a new notice: exactly one more page.
            await new DossierHubSimulator(node.Replica).DecideAsync(code,
                (DossierMutationTypes.ReportDelay, new ReportDelayPayload(code, "Chờ ý kiến Bộ Tư pháp", new DateOnly(2026, 12, 24))));
            var second = (await printer.WaitForJobsAsync(4, PrinterBench.Timeout(60)))[3];
            Assert.Contains("24/12/2026", second.Transcript, StringComparison.Ordinal);
            await Task.Delay(500);
            Assert.Equal(4, printer.Jobs.Count);
        }
        finally
        {
            await node.DisposeAsync();
        }
    }
}
