using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>
/// Two administrators in two real headless Chromium sessions edit the same calendar year / catalogue
/// entry of a real Hub process: the first save wins, the second is refused with a Vietnamese message,
/// keeps what was typed, and nothing is silently overwritten.
/// </summary>
public sealed class ConcurrentEditBrowserTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private static string Shots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private Uri Url(string path) => new(hub.BaseAddress, path);

    [Fact]
    public async Task Two_pages_edit_the_same_calendar_year_and_the_second_is_told_someone_else_saved_first()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/calendar?year=2028");
        var second = await SignedInPageAsync(browser, "/admin/calendar?year=2028");

        // The first administrator adds a day off.
        var form1 = first.Locator("#add-day-off");
        await form1.Locator("input[name='date']").FillAsync("2028-06-05");
        await form1.Locator("input[name='reason']").FillAsync("Nghỉ theo Thông báo số 5/TB-UBND");
        await form1.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#notice")).ToContainTextAsync("Đã thêm ngày nghỉ");

        // The second still shows the year as it was and adds another one: refused, input kept.
        var form2 = second.Locator("#add-day-off");
        await form2.Locator("input[name='date']").FillAsync("2028-06-06");
        await form2.Locator("input[name='reason']").FillAsync("Nghỉ theo Thông báo số 6/TB-UBND");
        await form2.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(second.Locator("#error")).ToContainTextAsync("Lịch năm 2028 vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
        await Assertions.Expect(second.Locator("#add-day-off input[name='date']")).ToHaveValueAsync("2028-06-06");
        await Assertions.Expect(second.Locator("#add-day-off input[name='reason']")).ToHaveValueAsync("Nghỉ theo Thông báo số 6/TB-UBND");
        // The refused page already shows the first administrator's day, and nothing of its own.
        await Assertions.Expect(second.Locator("td[data-date='2028-06-05']")).ToHaveAttributeAsync("data-status", "day-off");
        await Assertions.Expect(second.Locator("td[data-date='2028-06-06']")).ToHaveAttributeAsync("data-status", "working");
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "calendar-changed-meanwhile.png"), FullPage = true });
        Assert.Equal(["2028-06-05"], await StoredDaysOffAsync(2028));

        // Having seen the new year, the second administrator saves again: both days are kept.
        await second.Locator("#add-day-off button[type='submit']").ClickAsync();
        await Assertions.Expect(second.Locator("#notice")).ToContainTextAsync("Đã thêm ngày nghỉ");
        Assert.Equal(["2028-06-05", "2028-06-06"], await StoredDaysOffAsync(2028));

        // The first page is now the stale one: its Tết form is refused too, the typed days kept.
        await first.Locator("#tet textarea[name='days']").FillAsync("24/01/2028\n25/01/2028\n26/01/2028\n27/01/2028\n28/01/2028");
        await first.Locator("#tet button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#error")).ToContainTextAsync("Lịch năm 2028 vừa được người khác sửa.");
        await Assertions.Expect(first.Locator("#tet textarea[name='days']")).ToHaveValueAsync("24/01/2028\n25/01/2028\n26/01/2028\n27/01/2028\n28/01/2028");
    }

    [Fact]
    public async Task Two_pages_edit_the_same_service_and_the_second_keeps_its_input_and_sees_the_message()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/catalogue");
        var second = await SignedInPageAsync(browser, "/admin/catalogue");
        foreach (var page in new[] { first, second })
            await page.Locator("#list tr[data-key='B'] button").ClickAsync();

        await first.Locator("#f-name").FillAsync("Kế hoạch - Đầu tư (bản thứ nhất)");
        await first.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#status")).ToHaveClassAsync("ok");

        await second.Locator("#f-name").FillAsync("Kế hoạch - Đầu tư (bản thứ hai)");
        await second.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(second.Locator("#status")).ToHaveTextAsync("Dịch vụ \"B\" vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(second.Locator("#f-name")).ToHaveValueAsync("Kế hoạch - Đầu tư (bản thứ hai)");
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "catalogue-changed-meanwhile.png"), FullPage = true });

        using var admin = await hub.AdminClientAsync();
        using var stored = JsonDocument.Parse(await admin.GetStringAsync("/board/api/catalogue/services/B"));
        Assert.Equal("Kế hoạch - Đầu tư (bản thứ nhất)", stored.RootElement.GetProperty("data").GetProperty("name").GetString());

        // After reloading, the second administrator edits the new version and it is saved.
        await second.ReloadAsync();
        await second.Locator("#list tr[data-key='B'] button").ClickAsync();
        await Assertions.Expect(second.Locator("#f-name")).ToHaveValueAsync("Kế hoạch - Đầu tư (bản thứ nhất)");
        await second.Locator("#f-name").FillAsync("Kế hoạch - Đầu tư (bản thứ hai)");
        await second.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("ok");
    }

    // Each page its own browser context: two administrators, two cookies.
    private async Task<IPage> SignedInPageAsync(IBrowser browser, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(path).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board/login"));
        await page.FillAsync("#userName", CalendarHubFixture.UserName);
        await page.FillAsync("#password", CalendarHubFixture.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board$"));
        await page.GotoAsync(Url(path).ToString());
        return page;
    }

    private async Task<string[]> StoredDaysOffAsync(int year)
    {
        using var admin = await hub.AdminClientAsync();
        using var response = await admin.GetAsync($"/board/api/calendar/{year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("overrides").GetProperty("daysOff").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];
    }
}
