using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Printing;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.VirtualPrinter;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>The reception form of <c>/console/dossiers</c> in real headless Chromium, printing Mẫu 01 to the virtual printer.</summary>
public sealed class DossierReceptionBrowserTests
{
    [Fact]
    public async Task The_officer_finds_a_procedure_fills_the_form_and_the_receipt_prints_with_the_code_shown()
    {
        var outDir = Directory.CreateTempSubdirectory("cn-dossier-browser-").FullName;
        await using var printer = new VirtualPrinterServer(new VirtualPrinterOptions { Port = 0, OutputDirectory = outDir });
        printer.Start();
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning, printerPort: printer.Port);
        await node.LeaseReserveAsync(21, 25);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1100 } });

        await page.GotoAsync(new Uri(node.Address, "/console").ToString());
        await page.FillAsync("#officer-id", DossierNodeHost.OfficerId);
        await page.FillAsync("#pin", DossierNodeHost.OfficerPin);
        await page.ClickAsync("#sign-in-button");
        await Assertions.Expect(page.Locator("#officer")).ToHaveTextAsync(DossierNodeHost.OfficerName);

        await page.GotoAsync(new Uri(node.Address, "/console/dossiers").ToString());
        await page.FillAsync("#procedure-search", "ly lich");
        await Assertions.Expect(page.Locator("#procedure-info")).ToContainTextAsync("Cấp Phiếu lý lịch tư pháp — thời hạn 10 ngày làm việc");
        await Assertions.Expect(page.Locator("#documents .doc")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#fee")).ToHaveValueAsync("200000");
        await page.FillAsync("#applicant-name", DossierApiTests.ApplicantName);
        await page.FillAsync("#applicant-address", "45 Bà Triệu, phường Quyết Thắng, Kon Tum");
        await page.FillAsync("#applicant-phone", "0914 222 333");
        await page.CheckAsync("#by-proxy");
        await page.FillAsync("#authorisation-note", "Giấy ủy quyền số 08/UQ ngày 20/11/2026");
        await page.FillAsync("#sets", "2");
        await page.ClickAsync("#receive");

        await Assertions.Expect(page.Locator("#reception-result")).ToContainTextAsync("Đã tiếp nhận hồ sơ 000.00.00.H34-261126-0021");
        await Assertions.Expect(page.Locator("#reception-result")).ToContainTextAsync("Mã lấy từ dãy số dự phòng");
        await Assertions.Expect(page.Locator("#reception-result")).ToContainTextAsync("Thời hạn giải quyết: 10 ngày làm việc");
        var shownCode = await page.Locator("#reception-result").GetAttributeAsync("data-code") ?? throw new InvalidOperationException("no code shown");
        var screenshot = Path.Combine(Path.GetTempPath(), "cn-dossier-reception.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        var job = Assert.Single(await printer.WaitForJobsAsync(1, PrinterBench.Timeout(60)));
        Assert.Equal([shownCode, shownCode], job.Barcodes);
        Assert.Contains("2. Số lượng hồ sơ: 02 (bộ)", job.Transcript, StringComparison.Ordinal);
        Assert.Contains($"Tiếp nhận hồ sơ của: {DossierApiTests.ApplicantName}", job.Transcript, StringComparison.Ordinal);
        var stored = await node.Replica.GetAsync(DossierEntityTypes.Dossier, shownCode, CancellationToken.None);
        Assert.Contains("08/UQ", stored!.Data.GetProperty("applicant").GetProperty("authorisationNote").GetString(), StringComparison.Ordinal);

        // The return side of the page: a receipt not yet processed cannot be handed back.
        await page.FillAsync("#return-code", shownCode);
        await page.ClickAsync("#lookup");
        await Assertions.Expect(page.Locator("#dossier-info")).ToContainTextAsync("chưa thể trả kết quả");
        // Recording a supplement nobody asked for is refused by the rules, with their Vietnamese text.
        await page.ClickAsync("#supplemented");
        await Assertions.Expect(page.Locator("#dossier-info")).ToContainTextAsync("không thể ghi nhận bổ sung hồ sơ");
        await Assertions.Expect(page.Locator("#dossier-info")).ToHaveClassAsync("alert");
        await page.FillAsync("#return-code", "000.00.00.H34-261126-21");
        await page.ClickAsync("#lookup");
        await Assertions.Expect(page.Locator("#dossier-info")).ToContainTextAsync("Mã hồ sơ không hợp lệ: số thứ tự phải gồm 4 chữ số");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-dossier-return.png"), FullPage = true });
    }
}
