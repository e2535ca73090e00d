using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>The catalogue configured at a real Hub reaches a real counter node; the admin page in real Chromium.</summary>
public sealed class CatalogueSyncTests(CatalogueHallFixture hall) : IClassFixture<CatalogueHallFixture>
{
    private static string Shots => HeadlessChromium.ScreenshotFolder;

    [Fact]
    public async Task A_service_renamed_at_the_hub_shows_on_the_nodes_kiosk_within_seconds()
    {
        // The node switched from its configuration to the seeded catalogue.
        await hall.Node.WaitForLineAsync(l => l.Contains("Catalogue source: synced from the Hub", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal("Xây dựng", (await KioskServicesAsync())["C"]);

        using var admin = await hall.AdminClientAsync();
        var name = $"Xây dựng - Quy hoạch ({Guid.NewGuid().ToString("N")[..4]})";
        using var put = await admin.PutAsJsonAsync("/board/api/catalogue/services/C",
            new ServiceEntity("C", name, ["SXD"], ServicePriority.Interleaved, 3), MutatorJson.Options);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // The timer pull is a minute away: only the poke can bring it this soon.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await KioskServicesAsync())["C"] != name)
            await Task.Delay(100, timeout.Token);
        Assert.Equal(name, (await KioskServicesAsync())["C"]);
    }

    [Fact]
    public async Task A_counter_node_pushing_catalogue_put_over_http_is_refused_and_nothing_changes()
    {
        using var admin = await hall.AdminClientAsync();
        var before = await admin.GetStringAsync("/board/api/catalogue/");
        // A node's own sync credentials; counter-02 has not pushed anything in this fixture (its chain starts empty).
        var outbox = new HubTestOutbox("counter-02");
        var put = outbox.Next(CatalogueMutationTypes.Put, new
        {
            entityType = CatalogueEntityTypes.Service,
            id = "A",
            data = new ServiceEntity("A", "Đổi trái phép", ["STP"]),
        });
        using var http = new HttpClient { BaseAddress = hall.HubAddress };
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeIdHeader, "counter-02");
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeKeyHeader, HubSyncFixture.KeyOf("counter-02"));

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(outbox.Push(put)));
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!;

        var outcome = Assert.Single(body.Outcomes);
        Assert.Equal((MutationStatus.Rejected, CatalogueHubOnlyException.ErrorCode), (outcome.Status, outcome.ReasonCode));
        Assert.Equal(before, await admin.GetStringAsync("/board/api/catalogue/"));
    }

    [Fact]
    public async Task The_admin_page_edits_a_procedure_in_chromium()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1100 } });

        await page.GotoAsync(new Uri(hall.HubAddress, "/admin/catalogue").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/board/login"));
        await page.FillAsync("#userName", CatalogueHallFixture.UserName);
        await page.FillAsync("#password", CatalogueHallFixture.Password);
        await page.ClickAsync("#login-submit");
        await page.GotoAsync(new Uri(hall.HubAddress, "/admin/catalogue").ToString());

        await page.ClickAsync("#tabs button[data-kind='procedure']");
        var row = page.Locator("#list tr[data-key='STP-02']");
        await Assertions.Expect(row).ToContainTextAsync("Chứng thực bản sao từ bản chính");
        await row.Locator("button", new LocatorLocatorOptions { HasText = "Sửa" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-code")).ToHaveValueAsync("STP-02");
        await page.FillAsync("#f-name", "Chứng thực bản sao điện tử từ bản chính");
        await page.FillAsync("#f-processingDays", "1");
        await page.ClickAsync("#editor button[type='submit']");

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã lưu");
        await Assertions.Expect(row).ToContainTextAsync("Chứng thực bản sao điện tử từ bản chính");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "catalogue-admin-procedure.png"), FullPage = true });

        // Bad input on the page: a negative fee is refused with the Vietnamese reason, nothing saved.
        await page.FillAsync("#f-fee", "-5");
        await page.ClickAsync("#editor button[type='submit']");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("lệ phí không được âm");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "catalogue-admin-refused.png"), FullPage = true });

        using var admin = await hall.AdminClientAsync();
        using var view = JsonDocument.Parse(await admin.GetStringAsync("/board/api/catalogue/"));
        var stored = view.RootElement.GetProperty("procedures").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "STP-02");
        Assert.Equal(("Chứng thực bản sao điện tử từ bản chính", 1, 2000L),
            (stored.GetProperty("name").GetString(), stored.GetProperty("processingDays").GetInt32(), stored.GetProperty("fee").GetInt64()));
    }

    [Fact]
    public async Task A_badge_issued_on_the_admin_page_signs_the_officer_in_at_the_counter_with_the_pin()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(hall.HubAddress, "/board/login").ToString());
        await page.FillAsync("#userName", CatalogueHallFixture.UserName);
        await page.FillAsync("#password", CatalogueHallFixture.Password);
        await page.ClickAsync("#login-submit");
        await page.GotoAsync(new Uri(hall.HubAddress, "/admin/catalogue").ToString());

        await page.ClickAsync("#tabs button[data-kind='officer']");
        await page.Locator("#list tr[data-key='cb-sxd-01'] button").ClickAsync();
        await page.ClickAsync("#editor button:text('Cấp thẻ mới')");
        await Assertions.Expect(page.Locator("#badge")).ToContainTextAsync("CB:cb-sxd-01:");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "catalogue-admin-badge.png"), FullPage = true });
        var text = await page.Locator("#badge").TextContentAsync() ?? string.Empty;
        var badge = text[text.IndexOf("CB:", StringComparison.Ordinal)..].Trim();

        // The new badge reaches the counter by the poke; the seed's badge of that officer stops working.
        using var node = new HttpClient { BaseAddress = hall.NodeAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await SignInAsync(node, badge, "1234")).StatusCode != HttpStatusCode.OK)
            await Task.Delay(100, timeout.Token);
        using var wrongPin = await SignInAsync(node, badge, "9999");
        using var oldBadge = await SignInAsync(node, "CB:cb-sxd-01:DEMOSXDPHUC26CC", "1234");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldBadge.StatusCode);
        Assert.Contains("Thẻ cán bộ không hợp lệ", await oldBadge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(hall.Node.Lines, l => l.Contains(badge[^8..], StringComparison.Ordinal) || l.Contains("DEMOSXDPHUC26CC", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient node, string officerId, string pin) =>
        node.PostAsJsonAsync("/api/console/sign-in", new { officerId, pin });

    private async Task<Dictionary<string, string>> KioskServicesAsync()
    {
        using var http = new HttpClient { BaseAddress = hall.NodeAddress };
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/kiosk/services"));
        return doc.RootElement.GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("prefix").GetString()!, s => s.GetProperty("name").GetString()!);
    }
}
