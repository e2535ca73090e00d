using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>
/// Two administrators in two real headless Chromium sessions edit the same calendar year / catalogue
/// entry of a real Hub process: the first save wins, the second is refused with a Vietnamese message
/// and a conflict panel of what differs, keeps what was typed, and nothing is silently overwritten;
/// the panel's "Ghi đè…" stores the second input, "Dùng bản đã lưu" stores nothing. What is stored
/// is checked through the API.
/// </summary>
public sealed class ConcurrentEditBrowserTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private static string Shots => HeadlessChromium.ScreenshotFolder;

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
        // The page shows the saved year itself: no advice to reload it.
        await Assertions.Expect(second.Locator("#error")).ToContainTextAsync("Lịch năm 2028 vừa được người khác sửa. Trang dưới đây đã được tải lại với bản mới nhất");
        await Assertions.Expect(second.Locator("#error")).Not.ToContainTextAsync("Hãy tải lại trang");
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync();
        await Assertions.Expect(second.Locator("#conflict-title")).ToHaveTextAsync("Lịch năm 2028 đã được lưu bởi người khác");
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("tr[data-field='day-off'] th")).ToHaveTextAsync("Ngày nghỉ 06/06/2028");
        await Assertions.Expect(panel.Locator("tr[data-field='day-off'] td")).ToHaveTextAsync(["Ngày nghỉ — lý do: Nghỉ theo Thông báo số 6/TB-UBND", "Chưa có trong bản đã lưu"]);
        await Assertions.Expect(second.Locator("#add-day-off input[name='date']")).ToHaveValueAsync("2028-06-06");
        await Assertions.Expect(second.Locator("#add-day-off input[name='reason']")).ToHaveValueAsync("Nghỉ theo Thông báo số 6/TB-UBND");
        // The refused page already shows the first administrator's day, and nothing of its own.
        await Assertions.Expect(second.Locator("td[data-date='2028-06-05']")).ToHaveAttributeAsync("data-status", "day-off");
        await Assertions.Expect(second.Locator("td[data-date='2028-06-06']")).ToHaveAttributeAsync("data-status", "working");
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "calendar-changed-meanwhile.png"), FullPage = true });
        Assert.Equal(["2028-06-05"], await StoredDaysOffAsync(2028));

        // Having seen the difference, the second administrator saves the same input again: both days are kept.
        await second.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng nội dung của tôi" }).ClickAsync();
        await Assertions.Expect(second.Locator("#notice")).ToContainTextAsync("Đã thêm ngày nghỉ");
        await Assertions.Expect(second.Locator("#conflict")).ToHaveCountAsync(0);
        Assert.Equal(["2028-06-05", "2028-06-06"], await StoredDaysOffAsync(2028));

        // The first page is now the stale one: its Tết form is refused too, the typed days kept and compared with the rule's default.
        await first.Locator("#tet textarea[name='days']").FillAsync("24/01/2028\n25/01/2028\n26/01/2028\n27/01/2028\n28/01/2028");
        await first.Locator("#tet button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#error")).ToContainTextAsync("Lịch năm 2028 vừa được người khác sửa.");
        await Assertions.Expect(first.Locator("#tet textarea[name='days']")).ToHaveValueAsync("24/01/2028\n25/01/2028\n26/01/2028\n27/01/2028\n28/01/2028");
        await Assertions.Expect(first.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(first.Locator("#conflict tr[data-field='days'] td")).ToHaveTextAsync(
            ["24/01/2028; 25/01/2028; 26/01/2028; 27/01/2028; 28/01/2028", "Theo quy định (5 ngày, chưa có thông báo)"]);
    }

    [Fact]
    public async Task A_Tet_conflict_compares_the_days_one_by_one_and_overwrite_stores_the_second_list()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/calendar?year=2029");
        var second = await SignedInPageAsync(browser, "/admin/calendar?year=2029");

        await first.Locator("#tet textarea[name='days']").FillAsync("12/02/2029\n13/02/2029\n14/02/2029\n15/02/2029\n16/02/2029");
        await first.Locator("#tet button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#notice")).ToContainTextAsync("Đã lưu ngày nghỉ Tết");

        await second.Locator("#tet textarea[name='days']").FillAsync("12/02/2029\n13/02/2029\n14/02/2029\n15/02/2029\n19/02/2029");
        await second.Locator("#tet button[type='submit']").ClickAsync();
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync();
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        var cells = panel.Locator("tr[data-field='days'] td");
        await Assertions.Expect(cells.Nth(0).Locator("li")).ToHaveCountAsync(5);
        await Assertions.Expect(cells.Nth(0).Locator("li.only")).ToHaveTextAsync(["19/02/2029 — chỉ có ở bản này"]);
        await Assertions.Expect(cells.Nth(1).Locator("li.only")).ToHaveTextAsync(["16/02/2029 — chỉ có ở bản này"]);
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "calendar-conflict-panel.png"), FullPage = true });
        Assert.Equal(["2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15", "2029-02-16"], await StoredTetAsync(2029));

        await second.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng nội dung của tôi" }).ClickAsync();
        await Assertions.Expect(second.Locator("#notice")).ToContainTextAsync("Đã lưu ngày nghỉ Tết");
        Assert.Equal(["2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15", "2029-02-19"], await StoredTetAsync(2029));
    }

    [Fact]
    public async Task Using_the_saved_calendar_drops_my_national_day_choice_and_stores_nothing()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/calendar?year=2027");
        var second = await SignedInPageAsync(browser, "/admin/calendar?year=2027");

        await first.Locator("#national-day select[name='day']").SelectOptionAsync("2027-09-03");
        await first.Locator("#national-day button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#notice")).ToContainTextAsync("Đã lưu ngày nghỉ liền kề Quốc khánh");
        var (tokenAfterFirst, _) = await StoredYearAsync(2027);

        await second.Locator("#national-day select[name='day']").SelectOptionAsync("2027-09-01");
        await second.Locator("#national-day button[type='submit']").ClickAsync();
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync();
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("tr[data-field='day'] td")).ToHaveTextAsync(["01/09/2027 (trước ngày 02/09)", "03/09/2027 (sau ngày 02/09)"]);
        // The refused choice is still selected until the administrator decides.
        await Assertions.Expect(second.Locator("#national-day select[name='day']")).ToHaveValueAsync("2027-09-01");

        await second.GetByRole(AriaRole.Button, new() { Name = "Dùng bản đã lưu" }).ClickAsync();
        await Assertions.Expect(second.Locator("#notice")).ToContainTextAsync("Đã bỏ nội dung bạn nhập");
        await Assertions.Expect(second.Locator("#conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(second.Locator("#national-day select[name='day']")).ToHaveValueAsync("2027-09-03");
        var (tokenNow, overrides) = await StoredYearAsync(2027);
        Assert.Equal(tokenAfterFirst, tokenNow);
        Assert.Equal("2027-09-03", overrides.GetProperty("nationalDayAdjacentDay").GetString());
    }

    [Fact]
    public async Task A_stale_removal_shows_the_day_as_saved_and_overwrite_removes_it()
    {
        using (var admin = await hub.AdminClientAsync())
        using (var added = await admin.PostAsJsonAsync("/board/api/calendar/days-off", new { date = "2030-06-05", reason = "Nghỉ theo Thông báo số 9/TB-UBND" }))
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/calendar?year=2030");
        var second = await SignedInPageAsync(browser, "/admin/calendar?year=2030");

        // The first administrator changes the year elsewhere (a make-up Saturday)…
        await first.Locator("#add-make-up input[name='date']").FillAsync("2030-06-08");
        await first.Locator("#add-make-up input[name='reason']").FillAsync("Làm bù cho ngày 05/06/2030");
        await first.Locator("#add-make-up button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#notice")).ToContainTextAsync("Đã thêm ngày làm việc bù");

        // …so the second one's removal, based on the older year, is refused and shows the day as saved.
        await second.Locator("#special-days tr[data-date='2030-06-05'] button").ClickAsync();
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync();
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("tr[data-field='day-off'] td")).ToHaveTextAsync(["Xóa ngày nghỉ này", "Ngày nghỉ — lý do: Nghỉ theo Thông báo số 9/TB-UBND"]);
        Assert.Equal(["2030-06-05"], await StoredDaysOffAsync(2030));

        await second.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng nội dung của tôi" }).ClickAsync();
        await Assertions.Expect(second.Locator("#notice")).ToContainTextAsync("Đã xóa ngày nghỉ");
        Assert.Empty(await StoredDaysOffAsync(2030));
        // The other administrator's make-up day is kept: the overwrite replayed the removal on the saved year.
        var (_, overrides) = await StoredYearAsync(2030);
        Assert.Equal(["2030-06-08"], overrides.GetProperty("makeUpWorkingDays").EnumerateArray().Select(d => d.GetProperty("date").GetString()!).ToArray());
    }

    [Fact]
    public async Task Removing_a_day_off_someone_else_removed_first_says_so_and_offers_no_overwrite()
    {
        using (var admin = await hub.AdminClientAsync())
        using (var added = await admin.PostAsJsonAsync("/board/api/calendar/days-off", new { date = "2031-06-05", reason = "Nghỉ theo Thông báo số 10/TB-UBND" }))
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await SignedInPageAsync(browser, "/admin/calendar?year=2031");
        var second = await SignedInPageAsync(browser, "/admin/calendar?year=2031");

        await first.Locator("#special-days tr[data-date='2031-06-05'] button").ClickAsync();
        await Assertions.Expect(first.Locator("#notice")).ToContainTextAsync("Đã xóa ngày nghỉ");
        await second.Locator("#special-days tr[data-date='2031-06-05'] button").ClickAsync();

        await Assertions.Expect(second.Locator("#conflict")).ToBeFocusedAsync();
        await Assertions.Expect(second.Locator("#conflict-title")).ToHaveTextAsync("Ngày nghỉ 05/06/2031 đã bị người khác xóa");
        await Assertions.Expect(second.Locator("#conflict-overwrite")).ToHaveCountAsync(0);
        await Assertions.Expect(second.Locator("#conflict-use-saved button")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("#special-days tr[data-date='2031-06-05']")).ToHaveCountAsync(0);
        Assert.Empty(await StoredDaysOffAsync(2031));
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
        await Assertions.Expect(second.Locator("#status")).ToHaveTextAsync(
            "Chưa lưu: Dịch vụ (hàng đợi) B đã được người khác lưu trước bạn. Hãy xem các điểm khác nhau rồi chọn ghi đè hoặc dùng bản đã lưu.");
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(second.Locator("#conflict tr[data-field='name'] td")).ToHaveTextAsync(["Kế hoạch - Đầu tư (bản thứ hai)", "Kế hoạch - Đầu tư (bản thứ nhất)"]);
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
        var (_, overrides) = await StoredYearAsync(year);
        return [.. overrides.GetProperty("daysOff").EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];
    }

    private async Task<string[]> StoredTetAsync(int year)
    {
        var (_, overrides) = await StoredYearAsync(year);
        return [.. overrides.GetProperty("lunarNewYearDays").EnumerateArray().Select(d => d.GetString()!)];
    }

    // The year as the API holds it: its ETag (the concurrency token) and its overrides.
    private async Task<(string Token, JsonElement Overrides)> StoredYearAsync(int year)
    {
        using var admin = await hub.AdminClientAsync();
        using var response = await admin.GetAsync($"/board/api/calendar/{year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.Headers.ETag?.Tag ?? throw new InvalidOperationException("no ETag"), json.RootElement.GetProperty("overrides").Clone());
    }
}
