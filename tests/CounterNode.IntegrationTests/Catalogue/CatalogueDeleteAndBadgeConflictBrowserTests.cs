using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Calendar;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static CounterNode.IntegrationTests.Catalogue.CatalogueAdminBrowser;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>
/// The conflict panel of <c>/admin/catalogue</c> for a delete and a new badge refused because
/// someone else changed the entry meanwhile, in real headless Chromium against a real Hub process:
/// the "other administrator" is a second browser context or a call to the API. The panel lists
/// exactly the fields that differ between the row this administrator saw and the saved version,
/// and nothing is deleted or issued unless asked again explicitly. What is stored is always
/// checked through the API (404 after a delete, the ETag for "nothing changed").
/// </summary>
public sealed class CatalogueDeleteAndBadgeConflictBrowserTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private const string Api = "/board/api/catalogue/";

    [Fact]
    public async Task A_delete_of_a_procedure_changed_meanwhile_lists_what_changed_and_deleting_anyway_removes_the_saved_version()
    {
        using var admin = await hub.AdminClientAsync();
        await PutAsync(admin, "procedures/STP-90", Procedure("STP-90", "Thủ tục thử xóa", 20000, "Tờ khai", "Bản chụp giấy tờ tùy thân"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, "procedure", "STP-90");
        var asked = AcceptConfirmations(page);

        // The other administrator changes the fee and replaces one document while this one looks at the old row.
        await PutAsync(admin, "procedures/STP-90", Procedure("STP-90", "Thủ tục thử xóa", 30000, "Tờ khai", "Giấy ủy quyền"));
        await page.Locator("#delete-entry").ClickAsync();

        var panel = page.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        Assert.Equal(["Xóa STP-90?"], asked);
        await Assertions.Expect(page.Locator("#conflict-title")).ToHaveTextAsync("Thủ tục STP-90 đã được người khác sửa trước khi bạn xóa");
        await Assertions.Expect(page.Locator("#conflict-mine")).ToHaveTextAsync("Bản bạn đã xem");
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Chưa xóa");
        var rows = panel.Locator("#conflict-diff tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.Equal(["fee", "documents"], await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.field)"));
        await Assertions.Expect(panel.Locator("tr[data-field='fee'] td")).ToHaveTextAsync(["20000", "30000"]);
        var documents = panel.Locator("tr[data-field='documents'] td");
        await Assertions.Expect(documents.Nth(0).Locator("li.only")).ToHaveTextAsync(["Bản chụp giấy tờ tùy thân — chỉ có ở bản này"]);
        await Assertions.Expect(documents.Nth(1).Locator("li.only")).ToHaveTextAsync(["Giấy ủy quyền — chỉ có ở bản này"]);
        await ExpectChoicesAsync(page, "conflict-delete-anyway", "conflict-keep");
        // The list shows the entry as now saved; nothing was deleted.
        await Assertions.Expect(page.Locator("#list tr[data-key='STP-90'] td").Nth(4)).ToHaveTextAsync("30000");
        Assert.Equal(30000, (await EntryAsync(admin, "procedures/STP-90")).GetProperty("fee").GetInt64());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, "catalogue-delete-conflict.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Vẫn xóa bản đã lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xóa bản đã lưu của thủ tục STP-90");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#list tr[data-key='STP-90']")).ToHaveCountAsync(0);
        Assert.Equal(["Xóa STP-90?"], asked);
        using var gone = await admin.GetAsync(Api + "procedures/STP-90");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Not_deleting_an_entry_changed_meanwhile_keeps_the_saved_version_and_stores_nothing()
    {
        using var admin = await hub.AdminClientAsync();
        await PutAsync(admin, "procedures/STP-91", Procedure("STP-91", "Thủ tục thử giữ", 5000, "Tờ khai"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, "procedure", "STP-91");
        AcceptConfirmations(page);

        await PutAsync(admin, "procedures/STP-91", Procedure("STP-91", "Thủ tục thử giữ (đã sửa)", 5000, "Tờ khai"));
        var tokenOfOther = await ETagAsync(admin, "procedures/STP-91");
        await page.Locator("#delete-entry").ClickAsync();

        var panel = page.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("tr[data-field='name'] td")).ToHaveTextAsync(["Thủ tục thử giữ", "Thủ tục thử giữ (đã sửa)"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Không xóa" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync("ok");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Không xóa: Thủ tục STP-91 được giữ nguyên");
        await Assertions.Expect(page.Locator("#list tr[data-key='STP-91'] td").Nth(1)).ToHaveTextAsync("Thủ tục thử giữ (đã sửa)");
        await Assertions.Expect(page.Locator("#f-name")).ToHaveValueAsync("Thủ tục thử giữ (đã sửa)");
        // Nothing was stored: the other administrator's version, same token.
        Assert.Equal(tokenOfOther, await ETagAsync(admin, "procedures/STP-91"));

        // The page is now based on the saved version: a delete asked for again goes through without a panel.
        await page.Locator("#delete-entry").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xóa thủ tục STP-91.", new() { Timeout = RoundTripMs });
        await Assertions.Expect(panel).ToBeHiddenAsync();
        using var gone = await admin.GetAsync(Api + "procedures/STP-91");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_delete_of_an_entry_removed_meanwhile_says_it_is_gone_and_refreshes_the_list()
    {
        using var admin = await hub.AdminClientAsync();
        await PutAsync(admin, "departments/SNN", new { code = "SNN", name = "Sở Nông nghiệp" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, "department", "SNN");
        AcceptConfirmations(page);

        using (var removed = await admin.DeleteAsync(Api + "departments/SNN"))
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await page.Locator("#delete-entry").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Sở, ngành SNN đã được người khác xóa trước bạn; danh sách đã được làm mới.", new() { Timeout = RoundTripMs });
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync("ok");
        await Assertions.Expect(page.Locator("#list tr[data-key='SNN']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#list tr[data-key='STP']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#conflict")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_badge_refused_because_the_officer_changed_meanwhile_shows_what_changed_and_is_issued_only_when_asked_again()
    {
        using var admin = await hub.AdminClientAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await OpenAsync(browser, "officer", "cb-stp-01");
        var second = await OpenAsync(browser, "officer", "cb-stp-01");

        // The first administrator changes the title and issues a badge.
        await first.Locator("#f-title").FillAsync("Chuyên viên chính");
        await first.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });
        await first.Locator("#issue-badge").ClickAsync();
        await Assertions.Expect(first.Locator("#badge")).ToContainTextAsync("CB:cb-stp-01:", new() { Timeout = RoundTripMs });
        var tokenAfterFirst = await ETagAsync(admin, "officers/cb-stp-01");

        // The second, still on the old version, asks for a badge too: refused, the panel shows the title only
        // (both versions have a badge; the PIN and the badge itself are never shown).
        await second.Locator("#issue-badge").ClickAsync();
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(second.Locator("#conflict-title")).ToHaveTextAsync("Cán bộ cb-stp-01 đã được người khác thay đổi trước khi bạn cấp thẻ");
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("Chưa cấp thẻ");
        var rows = panel.Locator("#conflict-diff tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("tr[data-field='title'] td")).ToHaveTextAsync(["Chuyên viên", "Chuyên viên chính"]);
        await Assertions.Expect(second.Locator("#conflict-warning")).ToContainTextAsync("thẻ đó sẽ hết hiệu lực");
        await ExpectChoicesAsync(second, "conflict-badge-anyway", "conflict-no-badge");
        await Assertions.Expect(second.Locator("#badge")).ToBeHiddenAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "Không cấp" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("Không cấp thẻ mới cho Cán bộ cb-stp-01; không có gì thay đổi.");
        await Assertions.Expect(second.Locator("#issue-badge")).ToBeFocusedAsync();
        await Assertions.Expect(second.Locator("#badge")).ToBeHiddenAsync();
        Assert.Equal(tokenAfterFirst, await ETagAsync(admin, "officers/cb-stp-01"));

        // A third person re-issues the badge through the API: no field the page shows changes, the panel says so.
        using (var issued = await admin.PostAsync(Api + "officers/cb-stp-01/badge", content: null))
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var tokenAfterThird = await ETagAsync(admin, "officers/cb-stp-01");
        Assert.NotEqual(tokenAfterFirst, tokenAfterThird);
        await second.Locator("#issue-badge").ClickAsync();
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(second.Locator("#conflict-diff")).ToBeHiddenAsync();
        await Assertions.Expect(second.Locator("#conflict-same")).ToHaveTextAsync("Các thông tin hiển thị không đổi: có thể người khác vừa cấp thẻ mới hoặc đổi mã PIN của cán bộ này.");
        Assert.Equal(tokenAfterThird, await ETagAsync(admin, "officers/cb-stp-01"));

        await second.GetByRole(AriaRole.Button, new() { Name = "Vẫn cấp thẻ mới" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("ok");
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("thẻ người khác vừa cấp (nếu có) hết hiệu lực");
        await Assertions.Expect(second.Locator("#badge")).ToHaveTextAsync(new Regex("^Mã thẻ mới \\(in ngay, chỉ hiện một lần\\): CB:cb-stp-01:\\S+$"));
        Assert.NotEqual(await first.Locator("#badge").TextContentAsync(), await second.Locator("#badge").TextContentAsync());
        Assert.NotEqual(tokenAfterThird, await ETagAsync(admin, "officers/cb-stp-01"));
        Assert.Equal("Chuyên viên chính", (await EntryAsync(admin, "officers/cb-stp-01")).GetProperty("title").GetString());
    }

    private Task<IPage> OpenAsync(IBrowser browser, string kind, string key) => CatalogueAdminBrowser.OpenAsync(browser, hub, kind, key);

    // The page asks "Xóa …?" with confirm(): accepted, and what was asked kept for the assertions.
    private static List<string> AcceptConfirmations(IPage page)
    {
        var asked = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            lock (asked)
                asked.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        };
        return asked;
    }

    // Exactly the two choices of the refused action are offered (the panel is shared with the refused save).
    private static async Task ExpectChoicesAsync(IPage page, params string[] shown)
    {
        var buttons = page.Locator("#conflict-actions button");
        await Assertions.Expect(buttons.Filter(new() { Visible = true })).ToHaveCountAsync(shown.Length);
        foreach (var id in shown)
            await Assertions.Expect(page.Locator("#" + id)).ToBeVisibleAsync();
    }

    private static object Procedure(string code, string name, long fee, params string[] documents) =>
        new { code, name, department = "STP", processingDays = 5, fee, documents, electronic = false };

    private static async Task PutAsync(HttpClient admin, string path, object data)
    {
        using var saved = await admin.PutAsJsonAsync(Api + path, data);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }
}
