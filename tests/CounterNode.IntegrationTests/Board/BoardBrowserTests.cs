using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Board;

/// <summary>The supervisors' board and the hall display in real headless Chromium against a real Hub process.</summary>
public sealed partial class BoardBrowserTests(BoardHubFixture hub) : IClassFixture<BoardHubFixture>
{
    /// <summary>Planted in a ticket's free-text service field: no screen may ever show it.</summary>
    private const string PlantedName = "Nguyễn Văn Bình";

    [Fact]
    public async Task A_logged_in_supervisor_and_the_hall_see_issues_and_calls_live_without_reload()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var board = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });

        // Without login the board sends the browser to the login page.
        await board.GotoAsync(new Uri(hub.BaseAddress, "/board").ToString());
        await Assertions.Expect(board).ToHaveURLAsync(LoginUrl());

        // A wrong password is refused with a Vietnamese message.
        await board.FillAsync("#userName", BoardHubFixture.UserName);
        await board.FillAsync("#password", "sai-mat-khau");
        await board.ClickAsync("#login-submit");
        await Assertions.Expect(board.Locator("#login-error")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        await Assertions.Expect(board).ToHaveURLAsync(LoginUrl());
        await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-board-login.png") });

        await board.FillAsync("#userName", BoardHubFixture.UserName);
        await board.FillAsync("#password", BoardHubFixture.Password);
        await board.ClickAsync("#login-submit");
        await Assertions.Expect(board).ToHaveURLAsync(BoardUrl());
        await Assertions.Expect(board.Locator("#connection")).ToHaveTextAsync("Trực tiếp");
        await board.EvaluateAsync("() => { window.__sameDocument = 'yes'; }");

        // The hall display is public (a fresh context has no cookie).
        await using var hallContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var hall = await hallContext.NewPageAsync();
        await hall.GotoAsync(new Uri(hub.BaseAddress, "/hall").ToString());
        await Assertions.Expect(hall).ToHaveURLAsync(new Regex("/hall$"));

        var tickets = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        await hub.PushAsync(
            hub.Issue(tickets[0], "A", 1, PlantedName),
            hub.Issue(tickets[1], "A", 2, PlantedName),
            hub.Issue(tickets[2], "A", 3, PlantedName));

        var waitingA = board.Locator("#queues tr[data-prefix='A'] td.waiting");
        await Assertions.Expect(waitingA).ToHaveTextAsync("3");
        await Assertions.Expect(hall.Locator("#waiting tr[data-prefix='A'] td").Nth(1)).ToHaveTextAsync("3");
        await Assertions.Expect(board.Locator("#calls-empty")).ToBeVisibleAsync();

        await hub.PushAsync(hub.Call(tickets[0], 1));

        await Assertions.Expect(board.Locator("#calls li[data-ticket='A001']")).ToContainTextAsync("quầy 1");
        await Assertions.Expect(waitingA).ToHaveTextAsync("2");
        var counter1 = board.Locator("#counters tr[data-counter='1']");
        await Assertions.Expect(counter1).ToContainTextAsync("A001");
        await Assertions.Expect(counter1).ToHaveAttributeAsync("data-state", new Regex("Calling|Serving"));
        await Assertions.Expect(board.Locator("#chart svg rect")).Not.ToHaveCountAsync(0);
        // No node of this fixture reports devices: the table is empty and says so (device health: Demo/HallEndToEndTests).
        await Assertions.Expect(board.Locator("#devices tbody tr")).ToHaveCountAsync(0);
        await Assertions.Expect(board.Locator("#devices-empty")).ToContainTextAsync("Chưa có máy trạm nào báo tình trạng thiết bị");
        await Assertions.Expect(board.Locator("#nodes tr[data-node='counter-01']")).ToContainTextAsync("Trực tuyến");

        await Assertions.Expect(hall.Locator("#current-number")).ToHaveTextAsync("A001");
        await Assertions.Expect(hall.Locator("#current-counter")).ToHaveTextAsync("Mời đến quầy 1");
        await Assertions.Expect(hall.Locator("#waiting tr[data-prefix='A'] td").Nth(1)).ToHaveTextAsync("2");

        // counter-02 called the same ticket while offline: the Hub keeps counter 1's earlier call and records a conflict.
        await hub.PushAsync(hub.Counter2, hub.Call(tickets[0], 2, hub.Counter2));
        await Assertions.Expect(board.Locator("#conflicts li")).ToContainTextAsync("Gọi trùng: Số A001 do quầy 1 phục vụ; lượt gọi của quầy 2 không được tính.");
        await Assertions.Expect(board.Locator("#conflicts-empty")).ToBeHiddenAsync();
        await Assertions.Expect(counter1).ToContainTextAsync("A001");

        // Live, not reloaded: the marker set before the pushes is still there.
        Assert.Equal("yes", await board.EvaluateAsync<string>("() => window.__sameDocument"));
        foreach (var page in new[] { board, hall })
        {
            var text = await page.InnerTextAsync("body");
            Assert.DoesNotContain(PlantedName, text, StringComparison.Ordinal);
            // Officers' names are public (RULES 10: the hall lists who is on duty); no other name may appear.
            var withoutOfficers = await page.EvaluateAsync<string>("() => { const b = document.body.cloneNode(true); b.querySelector('#officers')?.remove(); b.querySelector('#rotation')?.closest('section')?.remove(); return b.innerText; }");
            Assert.DoesNotContain("Nguyễn", withoutOfficers, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(hub.Hub.Lines, l => l.Contains("Board refresh failed", StringComparison.Ordinal));
        await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-board.png"), FullPage = true });
        await hall.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-hall.png") });
    }

    private Regex LoginUrl() => new("^" + Regex.Escape(hub.BaseAddress.ToString().TrimEnd('/')) + "/board/login");

    private Regex BoardUrl() => new("^" + Regex.Escape(hub.BaseAddress.ToString().TrimEnd('/')) + "/board$");
}
