using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Queue;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Demo;

/// <summary>The officer console is pushed its state (server-sent events) instead of polling.</summary>
public sealed class ConsoleLivePushTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_stream_sends_the_state_at_once_and_again_when_a_ticket_is_issued_or_called()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 20);
        using var client = node.CreateClient();

        using (var anonymous = await client.GetAsync(new Uri("/api/console/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var signIn = await client.PostAsJsonAsync(new Uri("/api/console/sign-in", UriKind.Relative), new { officerId = QueueNodeHost.OfficerId, pin = QueueNodeHost.OfficerPin });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        using var stream = await client.GetAsync(new Uri("/api/console/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        using var cancel = new CancellationTokenSource(Patience);

        var first = await NextStateAsync(reader, cancel.Token);
        Assert.Equal(0, WaitingA(first));
        Assert.Null(first["current"]?.GetValue<object>());

        using var kiosk = node.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await kiosk.PostAsJsonAsync(new Uri("/api/kiosk/tickets", UriKind.Relative), new { service = "A" })).StatusCode);
        var afterIssue = await NextStateUntilAsync(reader, s => WaitingA(s) == 1, cancel.Token);
        Assert.Equal(1, WaitingA(afterIssue));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/console/call-next", UriKind.Relative), null)).StatusCode);
        var afterCall = await NextStateUntilAsync(reader, s => s["current"] is not null, cancel.Token);
        Assert.Equal("A001", (string?)afterCall["current"]!["ticketNumber"]);
        Assert.Equal(0, WaitingA(afterCall));
    }

    [Fact]
    public async Task The_console_page_shows_a_ticket_issued_elsewhere_without_reloading_or_polling()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 61, 70);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 700 } });
        var stateFetches = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/console/state", StringComparison.Ordinal))
                Interlocked.Increment(ref stateFetches);
        };
        await page.GotoAsync(new Uri(node.Address, "/console").ToString());
        await page.FillAsync("#officer-id", QueueNodeHost.OfficerId);
        await page.FillAsync("#pin", QueueNodeHost.OfficerPin);
        await page.ClickAsync("#sign-in-button");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-live", "1");
        await Assertions.Expect(page.Locator("#queues")).ToContainTextAsync("0 đang chờ");
        var fetchesBefore = Volatile.Read(ref stateFetches);

        using var kiosk = node.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await kiosk.PostAsJsonAsync(new Uri("/api/kiosk/tickets", UriKind.Relative), new { service = "A" })).StatusCode);

        await Assertions.Expect(page.Locator("#queues")).ToContainTextAsync("1 đang chờ");
        Assert.Equal(fetchesBefore, Volatile.Read(ref stateFetches)); // it came over the stream, not by fetching the state
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "cn-console-live-push.png") });
    }

    private static int WaitingA(JsonNode state) =>
        state["queues"]!.AsArray().Where(q => (string?)q!["prefix"] == "A").Select(q => (int)q!["waiting"]!).Single();

    private static async Task<JsonNode> NextStateUntilAsync(StreamReader reader, Func<JsonNode, bool> predicate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var state = await NextStateAsync(reader, cancellationToken);
            if (predicate(state))
                return state;
        }
    }

    // One server-sent event of type "state": "event: state" then "data: {json}" then a blank line.
    private static async Task<JsonNode> NextStateAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? type = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.StartsWith("event:", StringComparison.Ordinal))
                type = line["event:".Length..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal) && type == "state")
                return JsonNode.Parse(line["data:".Length..])!;
        }
    }
}
