using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Calendar;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static CounterNode.IntegrationTests.Catalogue.CatalogueAdminBrowser;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>
/// The conflict panel of <c>/admin/catalogue</c> in real headless Chromium against a real Hub
/// process: two administrators (two browser contexts, two cookies) edit the same entry; the second
/// save is refused and the panel lists exactly the fields that differ, then "Ghi đè…" stores the
/// second input, "Dùng bản đã lưu" loads the first one and stores nothing, and an entry removed
/// meanwhile can be created again. What is stored is always checked through the API, not the page.
/// </summary>
public sealed class CatalogueConflictBrowserTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private static string Shots => HeadlessChromium.ScreenshotFolder;

    [Fact]
    public async Task The_second_save_of_a_procedure_lists_exactly_the_differing_fields_and_overwrite_stores_the_second_input()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await OpenAsync(browser, "procedure", "STP-01");
        var second = await OpenAsync(browser, "procedure", "STP-01");

        // The first administrator renames the procedure and replaces one document.
        await first.Locator("#f-name").FillAsync("Cấp Phiếu lý lịch tư pháp số 1");
        await first.Locator("#f-documents").FillAsync("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\nBản chụp Căn cước");
        await first.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });

        // The second, still on the old version, changes the fee and adds a document.
        await second.Locator("#f-fee").FillAsync("250000");
        await second.Locator("#f-documents").FillAsync("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\nBản chụp giấy tờ tùy thân\nGiấy ủy quyền");
        await second.Locator("#editor button[type='submit']").ClickAsync();

        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(panel).ToBeFocusedAsync();
        await Assertions.Expect(second.Locator("#conflict-title")).ToHaveTextAsync("Thủ tục STP-01 đã được lưu bởi người khác");
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("đã được người khác lưu trước bạn");
        // Exactly the differing fields: the name (the first one's edit), the fee (mine) and the documents (both); not the unchanged ones.
        var rows = panel.Locator("#conflict-diff tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(["name", "fee", "documents"], await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.field)"));
        var name = panel.Locator("tr[data-field='name'] td");
        await Assertions.Expect(name).ToHaveTextAsync(["Cấp Phiếu lý lịch tư pháp", "Cấp Phiếu lý lịch tư pháp số 1"]);
        await Assertions.Expect(panel.Locator("tr[data-field='fee'] td")).ToHaveTextAsync(["250000", "200000"]);
        // The lists compared item by item: what only one side has is marked on that side.
        var documents = panel.Locator("tr[data-field='documents'] td");
        await Assertions.Expect(documents.Nth(0).Locator("li.only")).ToHaveTextAsync(["Bản chụp giấy tờ tùy thân — chỉ có ở bản này", "Giấy ủy quyền — chỉ có ở bản này"]);
        await Assertions.Expect(documents.Nth(1).Locator("li.only")).ToHaveTextAsync(["Bản chụp Căn cước — chỉ có ở bản này"]);
        await Assertions.Expect(documents.Nth(1).Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(second.Locator("#conflict-recreate")).ToBeHiddenAsync();
        // What was typed is still in the form; the table above shows the entry as now saved.
        await Assertions.Expect(second.Locator("#f-fee")).ToHaveValueAsync("250000");
        await Assertions.Expect(second.Locator("#list tr[data-key='STP-01'] td").Nth(1)).ToHaveTextAsync("Cấp Phiếu lý lịch tư pháp số 1");
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "catalogue-conflict-panel.png"), FullPage = true });

        using var admin = await hub.AdminClientAsync();
        var stored = await EntryAsync(admin, "procedures/STP-01");
        Assert.Equal("Cấp Phiếu lý lịch tư pháp số 1", stored.GetProperty("name").GetString());
        Assert.Equal(200000, stored.GetProperty("fee").GetInt64());

        // An explicit overwrite: the second administrator's input is stored as a whole.
        await second.GetByRole(AriaRole.Button, new() { Name = "Ghi đè bằng nội dung của tôi" }).ClickAsync();
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("Đã ghi đè bằng nội dung của bạn");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        stored = await EntryAsync(admin, "procedures/STP-01");
        Assert.Equal("Cấp Phiếu lý lịch tư pháp", stored.GetProperty("name").GetString());
        Assert.Equal(250000, stored.GetProperty("fee").GetInt64());
        Assert.Equal(["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy tờ tùy thân", "Giấy ủy quyền"],
            stored.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).ToArray());
    }

    [Fact]
    public async Task Using_the_saved_version_loads_the_first_input_into_the_form_and_stores_nothing()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var first = await OpenAsync(browser, "service", "A");
        var second = await OpenAsync(browser, "service", "A");

        await first.Locator("#f-name").FillAsync("Tư pháp - Hộ tịch (bản thứ nhất)");
        await first.Locator("#f-departments").FillAsync("STP, SKHDT");
        await first.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(first.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });
        using var admin = await hub.AdminClientAsync();
        var tokenAfterFirst = await ETagAsync(admin, "services/A");

        await second.Locator("#f-name").FillAsync("Tư pháp - Hộ tịch (bản thứ hai)");
        await second.Locator("#editor button[type='submit']").ClickAsync();
        var panel = second.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(panel.Locator("#conflict-diff tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(panel.Locator("tr[data-field='name'] td")).ToHaveTextAsync(["Tư pháp - Hộ tịch (bản thứ hai)", "Tư pháp - Hộ tịch (bản thứ nhất)"]);
        await Assertions.Expect(panel.Locator("tr[data-field='departments'] td").Nth(1).Locator("li.only")).ToHaveTextAsync(["SKHDT — chỉ có ở bản này"]);
        await Assertions.Expect(panel.Locator("tr[data-field='departments'] td").Nth(0).Locator("li.only")).ToHaveCountAsync(0);

        await second.GetByRole(AriaRole.Button, new() { Name = "Dùng bản đã lưu" }).ClickAsync();
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("Đã nạp bản đã lưu của Dịch vụ (hàng đợi) A vào biểu mẫu", new() { Timeout = RoundTripMs });
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(second.Locator("#f-name")).ToHaveValueAsync("Tư pháp - Hộ tịch (bản thứ nhất)");
        await Assertions.Expect(second.Locator("#f-departments")).ToHaveValueAsync("STP, SKHDT");
        // Nothing was saved: the entry is still exactly the first administrator's version.
        Assert.Equal(tokenAfterFirst, await ETagAsync(admin, "services/A"));
        Assert.Equal("Tư pháp - Hộ tịch (bản thứ nhất)", (await EntryAsync(admin, "services/A")).GetProperty("name").GetString());

        // The form is now based on the saved version: the next save goes through without a conflict.
        await second.Locator("#f-name").FillAsync("Tư pháp - Hộ tịch (bản thứ ba)");
        await second.Locator("#editor button[type='submit']").ClickAsync();
        await Assertions.Expect(second.Locator("#status")).ToContainTextAsync("Đã lưu dịch vụ (hàng đợi) A", new() { Timeout = RoundTripMs });
        await Assertions.Expect(second.Locator("#status")).ToHaveClassAsync("ok");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        var stored = await EntryAsync(admin, "services/A");
        Assert.Equal("Tư pháp - Hộ tịch (bản thứ ba)", stored.GetProperty("name").GetString());
        Assert.Equal(["STP", "SKHDT"], stored.GetProperty("departments").EnumerateArray().Select(d => d.GetString()!).ToArray());
    }

    [Fact]
    public async Task An_entry_removed_meanwhile_is_said_so_and_can_be_created_again_with_my_input()
    {
        using var admin = await hub.AdminClientAsync();
        using (var created = await admin.PutAsJsonAsync("/board/api/catalogue/departments/SNV", new { code = "SNV", name = "Sở Nội vụ" }))
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, "department", "SNV");
        await page.Locator("#f-name").FillAsync("Sở Nội vụ tỉnh");

        // Someone else removes the department while the form is open.
        using (var removed = await admin.DeleteAsync("/board/api/catalogue/departments/SNV"))
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await page.Locator("#editor button[type='submit']").ClickAsync();

        var panel = page.Locator("#conflict");
        await Assertions.Expect(panel).ToBeFocusedAsync(new() { Timeout = RoundTripMs });
        await Assertions.Expect(page.Locator("#conflict-title")).ToHaveTextAsync("Sở, ngành SNV đã bị người khác xóa");
        await Assertions.Expect(page.Locator("#conflict-who")).ToContainTextAsync("đã bị người khác xóa sau khi bạn mở nó");
        await Assertions.Expect(page.Locator("#conflict-diff")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#conflict-overwrite")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#conflict-use-saved")).ToBeHiddenAsync();
        using (var gone = await admin.GetAsync("/board/api/catalogue/departments/SNV"))
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo lại với nội dung của tôi" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveClassAsync("ok", new() { Timeout = RoundTripMs });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã tạo lại");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        Assert.Equal("Sở Nội vụ tỉnh", (await EntryAsync(admin, "departments/SNV")).GetProperty("name").GetString());
    }

    private Task<IPage> OpenAsync(IBrowser browser, string kind, string key) => CatalogueAdminBrowser.OpenAsync(browser, hub, kind, key);
}
