using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Printing;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.VirtualPrinter;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// In real headless Chromium, an officer at a second counter of the department (not the one that
/// received the dossier) looks the dossier up, sees the department's supplement request and
/// reprints Mẫu 02 on this counter's (virtual) printer.
/// </summary>
public sealed class DossierNoticeReprintBrowserTests
{
    [Fact]
    public async Task An_officer_at_another_counter_sees_the_supplement_request_and_reprints_Mau_02()
    {
        var outDir = Directory.CreateTempSubdirectory("cn-notice-reprint-browser-").FullName;
        await using var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = outDir });
        printer.Start();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(51, 55);
        using (var http = await node.SignedInClientAsync())
        {
            await http.PostAsJsonAsync("/api/dossiers/receive", DossierApiTests.Form());
        }

        await printer.WaitForJobsAsync(1, PrinterBench.Timeout(60)); // Mẫu 01 of the reception
        const string code = "000.00.00.H34-261126-0051";
        await ReceivedElsewhere.MoveAsync(node.Replica, code);
        await new DossierHubSimulator(node.Replica).DecideAsync(code,
            (DossierMutationTypes.Transfer, new TransferDossierPayload(code, "paper-1030")),
            (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
            (DossierMutationTypes.RequestSupplement, new RequestSupplementPayload(code, ["Bản sao giấy khai sinh có chứng thực", "Ảnh 4x6"], "Tờ khai thiếu nơi cư trú")));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1100 } });
        await page.GotoAsync(new Uri(node.Address, "/console").ToString());
        await page.FillAsync("#officer-id", DossierNodeHost.OfficerId);
        await page.FillAsync("#pin", DossierNodeHost.OfficerPin);
        await page.ClickAsync("#sign-in-button");
        await Assertions.Expect(page.Locator("#officer")).ToHaveTextAsync(DossierNodeHost.OfficerName);

        await page.GotoAsync(new Uri(node.Address, "/console/dossiers").ToString());
        await page.FillAsync("#return-code", code);
        await page.ClickAsync("#lookup");
        await Assertions.Expect(page.Locator("#dossier-info")).ToContainTextAsync("chờ bổ sung");
        var notice = page.Locator("#dossier-notices .notice");
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        await Assertions.Expect(notice).ToContainTextAsync("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)");
        await Assertions.Expect(notice).ToContainTextAsync("1. Bản sao giấy khai sinh có chứng thực");
        await Assertions.Expect(notice).ToContainTextAsync("Lý do: Tờ khai thiếu nơi cư trú");
        Assert.Single(printer.Jobs); // this counter did not receive it: nothing printed by itself

        await page.ClickAsync("#reprint-mau-02");
        await Assertions.Expect(page.Locator("#reprint-result")).ToContainTextAsync($"Đã in lại Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) của hồ sơ {code}");
        await Assertions.Expect(page.Locator("#reprint-result")).ToHaveClassAsync("ok");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-dossier-notice-reprint.png"), FullPage = true });

        var paper = (await printer.WaitForJobsAsync(2, PrinterBench.Timeout(60)))[1];
        Assert.Contains("PHIẾU YÊU CẦU", paper.Transcript, StringComparison.Ordinal);
        Assert.Contains("2. Ảnh 4x6", paper.Transcript, StringComparison.Ordinal);
        Assert.Equal(code, BarcodeScanner.Scan(paper.PngPath).Code128.Single());
    }
}
