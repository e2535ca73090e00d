using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Calendar;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>
/// What the catalogue browser tests share: an administrator signed in in their own browser context
/// (own cookie) with one entry open, and the API reads that check what is really stored.
/// </summary>
internal static class CatalogueAdminBrowser
{
    /// <summary>
    /// Timeout (ms) of the first expectation after a click that goes to the Hub (a save, a refused one and the
    /// read of the saved version): Playwright's 5 s default is tight when the whole suite loads the 2 cores.
    /// Only how long a failing test waits changes; a passing one goes on as soon as the page is there.
    /// </summary>
    public const float RoundTripMs = 20_000;

    /// <summary>A signed-in administrator (own browser context) with entry <paramref name="key"/> of tab <paramref name="kind"/> open in the form.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, CalendarHubFixture hub, string kind, string key)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var url = new Uri(hub.BaseAddress, "/admin/catalogue").ToString();
        await page.GotoAsync(url);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board/login"));
        await page.FillAsync("#userName", CalendarHubFixture.UserName);
        await page.FillAsync("#password", CalendarHubFixture.Password);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/board$"));
        await page.GotoAsync(url);
        await page.Locator($"#tabs button[data-kind='{kind}']").ClickAsync();
        await page.Locator($"#list tr[data-key='{key}'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#form-title")).ToContainTextAsync("Sửa: " + key);
        return page;
    }

    /// <summary>The stored data of an entry (<c>procedures/STP-01</c>…).</summary>
    public static async Task<JsonElement> EntryAsync(HttpClient admin, string path)
    {
        using var json = JsonDocument.Parse(await admin.GetStringAsync("/board/api/catalogue/" + path));
        return json.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The stored token of an entry (its <c>ETag</c>).</summary>
    public static async Task<string> ETagAsync(HttpClient admin, string path)
    {
        using var response = await admin.GetAsync("/board/api/catalogue/" + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException("no ETag");
    }
}
