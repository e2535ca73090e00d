using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>The working-calendar page <c>/admin/calendar</c> of a real Hub in real headless Chromium, and its JSON API.</summary>
public sealed class CalendarAdminBrowserTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private static string Shots => HeadlessChromium.ScreenshotFolder;

    private Uri Url(string path) => new(hub.BaseAddress, path);

    [Fact]
    public async Task A_supervisor_adds_a_day_off_sees_it_in_the_year_view_and_bad_input_gets_a_clear_message()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });

        // Same login as the board, the catalogue and the rotation editor.
        await page.GotoAsync(Url("/admin/calendar?year=2026").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board/login"));
        await page.FillAsync("#userName", CalendarHubFixture.UserName);
        await page.FillAsync("#password", CalendarHubFixture.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board$"));
        await page.GotoAsync(Url("/admin/calendar?year=2026").ToString());

        // The year view knows the holidays and weekends before any edit.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Lịch làm việc năm 2026");
        await Assertions.Expect(page.Locator("td[data-date='2026-09-02']")).ToHaveAttributeAsync("data-status", "holiday");
        await Assertions.Expect(page.Locator("td[data-date='2026-11-22']")).ToHaveAttributeAsync("data-status", "weekend");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-04']")).ToHaveAttributeAsync("data-status", "working");

        var form = page.Locator("#add-day-off");

        // No reason: refused, nothing stored, the date typed is kept.
        await form.Locator("input[name='date']").FillAsync("2026-12-04");
        await form.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("Vui lòng nhập lý do nghỉ ngày 04/12/2026");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-04']")).ToHaveAttributeAsync("data-status", "working");
        await Assertions.Expect(form.Locator("input[name='date']")).ToHaveValueAsync("2026-12-04");

        // A day that is already a holiday: refused with the holiday's name.
        await form.Locator("input[name='date']").FillAsync("2026-09-02");
        await form.Locator("input[name='reason']").FillAsync("Nghỉ");
        await form.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("đã là ngày nghỉ (Quốc khánh");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "calendar-refused.png"), FullPage = true });

        // A valid day off: shown in the year view and in the list with its reason.
        form = page.Locator("#add-day-off");
        await form.Locator("input[name='date']").FillAsync("2026-12-04");
        await form.Locator("input[name='reason']").FillAsync("Nghỉ hoán đổi theo Thông báo số 12/TB-UBND");
        await form.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã thêm ngày nghỉ");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-04']")).ToHaveAttributeAsync("data-status", "day-off");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-04']")).ToHaveAttributeAsync("title", "04/12/2026: Nghỉ hoán đổi theo Thông báo số 12/TB-UBND");
        var row = page.Locator("#special-days tr[data-date='2026-12-04']");
        await Assertions.Expect(row).ToContainTextAsync("Thứ Sáu 04/12/2026");
        await Assertions.Expect(row).ToContainTextAsync("Ngày nghỉ theo thông báo");
        await Assertions.Expect(row).ToContainTextAsync("Nghỉ hoán đổi theo Thông báo số 12/TB-UBND");

        // A Saturday worked in exchange.
        var makeUp = page.Locator("#add-make-up");
        await makeUp.Locator("input[name='date']").FillAsync("2026-12-12");
        await makeUp.Locator("input[name='reason']").FillAsync("Làm bù cho ngày 04/12/2026");
        await makeUp.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã thêm ngày làm việc bù");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-12']")).ToHaveAttributeAsync("data-status", "make-up");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "calendar-year.png"), FullPage = true });

        // Removing the make-up day puts the Saturday back.
        await page.Locator("#special-days tr[data-date='2026-12-12'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã xóa ngày làm việc bù");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-12']")).ToHaveAttributeAsync("data-status", "weekend");
        await Assertions.Expect(page.Locator("td[data-date='2026-12-04']")).ToHaveAttributeAsync("data-status", "day-off");
    }

    [Fact]
    public async Task The_json_api_shows_the_year_and_refuses_bad_overrides_with_every_problem()
    {
        using var admin = await hub.AdminClientAsync();

        using var added = await admin.PostAsJsonAsync("/board/api/calendar/days-off", new { date = "2027-03-05", reason = "Nghỉ theo Thông báo số 3" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var year = JsonDocument.Parse(await admin.GetStringAsync("/board/api/calendar/2027")).RootElement;
        var day = year.GetProperty("specialDays").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2027-03-05");
        Assert.Equal("Nghỉ theo Thông báo số 3", day.GetProperty("label").GetString());

        var bad = new { year = 2027, daysOff = new[] { new { date = "2027-01-01", reason = "Nghỉ" }, new { date = "2027-01-02", reason = "Nghỉ" } } };
        using var refused = await admin.PutAsJsonAsync("/board/api/calendar/2027", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("calendar.invalid-options", problem.GetProperty("code").GetString());
        Assert.Equal(2, problem.GetProperty("problems").GetArrayLength());

        // Nothing changed: the day off entered before is still the only one.
        var after = JsonDocument.Parse(await admin.GetStringAsync("/board/api/calendar/2027")).RootElement;
        Assert.Equal(1, after.GetProperty("overrides").GetProperty("daysOff").GetArrayLength());

        using var anonymous = new HttpClient { BaseAddress = hub.BaseAddress };
        using var denied = await anonymous.GetAsync("/board/api/calendar/2027");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
    }
}
