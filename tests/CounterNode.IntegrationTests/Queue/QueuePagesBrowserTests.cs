using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Queue;

/// <summary>The kiosk touch page and the officer console driven in real headless Chromium against a real node.</summary>
public sealed class QueuePagesBrowserTests
{
    [Fact]
    public async Task Kiosk_click_prints_a_number_and_the_console_signs_in_and_calls_it()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 41, 45);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 760 } });

        await page.GotoAsync(new Uri(node.Address, "/kiosk").ToString());
        await page.GetByText("Tư pháp - Hộ tịch").ClickAsync();
        await Assertions.Expect(page.Locator("#ticket-number")).ToHaveTextAsync("A041");
        await Assertions.Expect(page.Locator("#ticket-details")).ToContainTextAsync("Số người chờ trước bạn: 0");
        await Assertions.Expect(page.Locator("button[data-prefix=A]")).ToContainTextAsync("Đang chờ: 1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-console-kiosk.png") });

        await page.GotoAsync(new Uri(node.Address, "/console").ToString());
        await page.FillAsync("#officer-id", QueueNodeHost.OfficerId);
        await page.FillAsync("#pin", QueueNodeHost.OfficerPin);
        await page.ClickAsync("#sign-in-button");
        await Assertions.Expect(page.Locator("#officer")).ToHaveTextAsync("Nguyễn Thị Lan");
        await page.GetByText("Gọi số tiếp theo").ClickAsync();
        await Assertions.Expect(page.Locator("#current-number")).ToHaveTextAsync("A041");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Mời số A041 đến quầy 1");
        await page.GetByText("Bắt đầu phục vụ").ClickAsync();
        await Assertions.Expect(page.Locator("#current-details")).ToContainTextAsync("Đang phục vụ");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-console-console.png") });
    }
}
