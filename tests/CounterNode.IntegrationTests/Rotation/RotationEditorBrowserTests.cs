using System.Globalization;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Rotation;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Rotation;

/// <summary>The rotation editor, the board's rotation section and the public officer list in real headless Chromium.</summary>
public sealed class RotationEditorBrowserTests(RotationHallFixture hall) : IClassFixture<RotationHallFixture>
{
    private static string Shots => HeadlessChromium.ScreenshotFolder;

    [Fact]
    public async Task A_supervisor_schedules_counter_4_records_an_absence_the_board_shows_the_gap_and_a_withdrawal_closes_it()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });

        // The editor sits behind the board's supervisor login.
        await page.GotoAsync(Url("/admin/rotation"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board/login"));
        await page.FillAsync("#userName", RotationHallFixture.Supervisor);
        await page.FillAsync("#password", RotationHallFixture.SupervisorPassword);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board$"));
        await page.GotoAsync(Url("/admin/rotation"));

        // Counter 4 (STNMT and SLDTBXH): STNMT's officer every day, whole days.
        var counter4 = page.Locator("section.counter[data-counter='4']");
        await Assertions.Expect(counter4.Locator("h2")).ToContainTextAsync("Sở Tài nguyên và Môi trường");
        var add = counter4.Locator("form.add-entry");
        await add.Locator("select[name='officer']").SelectOptionAsync("cb-stnmt-01");
        foreach (var box in await add.Locator("input[name='days']").AllAsync())
            await box.CheckAsync();
        await add.Locator("input[name='validFrom']").FillAsync("2020-01-01");
        await add.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã lưu lịch trực");
        var row = counter4.Locator("tr[data-entry]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Võ Đức Thắng");
        await Assertions.Expect(row).ToContainTextAsync("Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu, Thứ Bảy, Chủ nhật");
        await Assertions.Expect(counter4.Locator(".on-duty")).ToContainTextAsync("Võ Đức Thắng (Sở Tài nguyên và Môi trường)");

        // Editing fills the form with the entry; saving replaces it (same id, still one row).
        await row.Locator("a.edit").ClickAsync();
        await Assertions.Expect(add.Locator("select[name='officer']")).ToHaveValueAsync("cb-stnmt-01");
        await Assertions.Expect(add.Locator("input[name='days'][value='Sunday']")).ToBeCheckedAsync();
        await add.Locator("input[name='validTo']").FillAsync("2099-12-31");
        await add.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã lưu lịch trực");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("01/01/2020 – 31/12/2099");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "rotation-editor.png"), FullPage = true });

        // An absence without a written reason is refused in Vietnamese and nothing is recorded.
        var calendar = WorkingCalendar.Default;
        var day = WorkingHalfDays.EffectiveAt(calendar, calendar.LocalNow(TimeProvider.System)).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var absence = page.Locator("form.add-absence");
        await absence.Locator("select[name='officer']").SelectOptionAsync("cb-stnmt-01");
        await absence.Locator("input[name='fromDate']").FillAsync(day);
        await absence.Locator("input[name='toDate']").FillAsync(day);
        await absence.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("Phải ghi rõ lý do vắng mặt.");
        await Assertions.Expect(page.Locator("#absences tr[data-absence]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("form.add-absence select[name='officer']")).ToHaveValueAsync("cb-stnmt-01"); // what was typed is kept
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "rotation-editor-refused.png"), FullPage = true });

        // With the reason it is recorded; no STNMT reserve exists, so counter 4 has a gap.
        var expectLate = AbsenceNotice.IsLate(calendar, DateTimeOffset.UtcNow, DateOnly.Parse(day, CultureInfo.InvariantCulture), emergency: false);
        absence = page.Locator("form.add-absence");
        await absence.Locator("select[name='officer']").SelectOptionAsync("cb-stnmt-01");
        await absence.Locator("input[name='fromDate']").FillAsync(day);
        await absence.Locator("input[name='toDate']").FillAsync(day);
        await absence.Locator("input[name='reason']").FillAsync("Ốm đột xuất");
        await absence.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã ghi nhận vắng mặt");
        var recorded = page.Locator("#absences tr[data-absence]");
        await Assertions.Expect(recorded).ToContainTextAsync("Võ Đức Thắng");
        await Assertions.Expect(recorded).ToHaveAttributeAsync("data-late", expectLate ? "1" : "0");
        await Assertions.Expect(page.Locator("#gaps li[data-counter='4'][data-kind='absent']")).Not.ToHaveCountAsync(0);

        // STNMT has no other officer: the reserve list is empty and posting it anyway is refused.
        await Assertions.Expect(recorded.Locator("select[name='reserve'] option")).ToHaveCountAsync(1);
        await recorded.Locator("form.reserve-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("Vui lòng chọn công chức dự phòng.");

        // The supervisors' board shows the absence, its late flag and the gap.
        await page.GotoAsync(Url("/board"));
        await Assertions.Expect(page.Locator("#rotation-counters tr[data-counter='4']")).ToContainTextAsync("vắng mặt");
        await Assertions.Expect(page.Locator("#rotation-absences tr[data-absence]")).ToContainTextAsync("Ốm đột xuất");
        await Assertions.Expect(page.Locator("#rotation-absences tr[data-absence]")).ToHaveAttributeAsync("data-late", expectLate ? "1" : "0");
        await Assertions.Expect(page.Locator("#rotation-gaps li[data-counter='4'][data-kind='absent']").First).ToContainTextAsync("Võ Đức Thắng");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "board-rotation-gap.png"), FullPage = true });

        // Public pages (no login): officers on duty with title and phone, never the absent one nor the reason.
        await using var visitor = await browser.NewContextAsync();
        var officers = await visitor.NewPageAsync();
        await officers.GotoAsync(Url("/officers"));
        await Assertions.Expect(officers.Locator("#officers")).ToContainTextAsync("Nguyễn Thị Lan");
        await Assertions.Expect(officers.Locator("#officers")).ToContainTextAsync("0260 3861 001");
        var publicText = await officers.InnerTextAsync("body");
        Assert.DoesNotContain("Võ Đức Thắng", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ốm đột xuất", publicText, StringComparison.Ordinal);
        var hallPage = await visitor.NewPageAsync();
        await hallPage.GotoAsync(Url("/hall"));
        await Assertions.Expect(hallPage.Locator("#officers tbody")).ToContainTextAsync("Nguyễn Thị Lan");
        Assert.DoesNotContain("Ốm đột xuất", await hallPage.InnerTextAsync("body"), StringComparison.Ordinal);
        await hallPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "hall-officers.png"), FullPage = true });

        // The officer comes after all: the supervisor withdraws the absence with a reason; the
        // record leaves the lists and the counter's gap closes (its scheduled officer is back).
        await page.GotoAsync(Url("/admin/rotation"));
        var standing = page.Locator("#absences tr[data-absence]");
        await standing.Locator("form.cancel-absence input[name='reason']").FillAsync("Đã đi làm trở lại");
        await standing.Locator("form.cancel-absence button").ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("Đã hủy đăng ký vắng mặt");
        await Assertions.Expect(page.Locator("#absences tr[data-absence]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#gaps li[data-counter='4'][data-kind='absent']")).ToHaveCountAsync(0);
        await page.GotoAsync(Url("/board"));
        await Assertions.Expect(page.Locator("#rotation-absences tr[data-absence]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#rotation-gaps li[data-counter='4'][data-kind='absent']")).ToHaveCountAsync(0);
    }

    private string Url(string path) => new Uri(hall.HubAddress, path).ToString();
}
