using Xunit.Abstractions;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Demo;

/// <summary>
/// The hall end to end with real processes: kiosk → counters → pole displays, hall pages and the
/// board; then the Hub stopped (tickets keep printing from the reserve, counters keep calling known
/// tickets, two counters call the same ticket) and restarted (everything converges, the conflict
/// shows on the board).
/// </summary>
public sealed class HallEndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Tickets_calls_displays_hall_and_board_work_online_then_offline_and_converge_with_the_conflict_reported()
    {
        await using var hall = await DemoHall.StartAsync();
        try
        {
            await RunAsync(hall);
        }
        catch
        {
            output.WriteLine(hall.Logs());
            throw;
        }
    }

    private static async Task RunAsync(DemoHall hall)
    {
        using var kiosk = new NodeHttp(hall.Kiosk);
        using var counter1 = new NodeHttp(hall.Counters[0]);
        using var counter2 = new NodeHttp(hall.Counters[1]);
        using var hallNode = new NodeHttp(hall.HallNode);
        using var hub = new NodeHttp(hall.HubAddress);
        var shots = Path.Combine(RepoPaths.TestBin, "screenshots");
        Directory.CreateDirectory(shots);

        // --- Online: four A tickets printed at the kiosk.
        var issued = new List<string>();
        for (var i = 0; i < 4; i++)
            issued.Add(await TakeTicketAsync(kiosk, expectedSource: null));
        Assert.Equal(4, issued.Distinct().Count());
        using (var printed = new CancellationTokenSource(Patience))
            Assert.Equal(4, (await hall.Printer.WaitForJobsAsync(4, printed.Token)).Count);

        await SignInAsync(counter1);
        await SignInAsync(counter2);
        var first2 = await CallUntilAppliedAsync(counter2, "applied");
        var first1 = await CallUntilAppliedAsync(counter1, "applied");
        Assert.NotEqual(first1, first2);
        Assert.Contains(first1, issued);
        Assert.Contains(first2, issued);

        // The pole displays received the numbers (DM-D over TCP, parsed by the virtual display).
        await hall.Displays[0].State.WaitForAsync(s => s.Upper.Contains(first1, StringComparison.Ordinal), Patience);
        await hall.Displays[1].State.WaitForAsync(s => s.Upper.Contains(first2, StringComparison.Ordinal), Patience);
        Assert.Contains(first1, Encoding.ASCII.GetString(hall.Displays[0].State.RawBytes), StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var hallPage = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        await hallPage.GotoAsync(new Uri(hall.HallNode, "/hall").ToString());
        var hubHallPage = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        await hubHallPage.GotoAsync(new Uri(hall.HubAddress, "/hall").ToString());
        foreach (var page in new[] { hallPage, hubHallPage })
        {
            await Assertions.Expect(page.Locator("#counters tbody")).ToContainTextAsync(first1, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#counters tbody")).ToContainTextAsync(first2, new() { Timeout = 30_000 });
            await Assertions.Expect(page.Locator("#current-number")).ToHaveTextAsync(first1, new() { Timeout = 30_000 });
        }

        await hallPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "demo-hall-node.png") });

        var board = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
        await board.GotoAsync(new Uri(hall.HubAddress, "/board").ToString());
        await board.FillAsync("#userName", "giamsat");
        await board.FillAsync("#password", "giamsat");
        await board.ClickAsync("#login-submit");
        await Assertions.Expect(board.Locator("#connection")).ToHaveTextAsync("Trực tiếp");
        await Assertions.Expect(board.Locator($"#calls li[data-ticket='{first1}']")).ToContainTextAsync("quầy 1", new() { Timeout = 30_000 });
        await Assertions.Expect(board.Locator($"#calls li[data-ticket='{first2}']")).ToContainTextAsync("quầy 2", new() { Timeout = 30_000 });
        // Device health reached the board: both pole displays answered.
        await Assertions.Expect(board.Locator("#devices tr[data-node='counter-01'][data-device='display']")).ToHaveAttributeAsync("data-state", "ok", new() { Timeout = 30_000 });
        await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "demo-board-online.png") });

        // The hall node spoke both calls (one WAV each, one after the other).
        await DemoHall.EventuallyAsync(() => Task.FromResult(
            hall.HallProcess.Lines.Any(l => l.Contains($"Hall announces ticket {first1} to counter 1", StringComparison.Ordinal))
            && hall.HallProcess.Lines.Any(l => l.Contains($"Hall announces ticket {first2} to counter 2", StringComparison.Ordinal))), "voice calls", Patience);

        // "Gọi lại" at counter 1: the hall speaks the same number once more.
        var (recallStatus, recallBody) = await counter1.PostAsync("api/console/recall");
        Assert.True(recallStatus == HttpStatusCode.OK, $"recall answered {(int)recallStatus}: {recallBody}");
        await DemoHall.EventuallyAsync(() => Task.FromResult(
            hall.HallProcess.Lines.Count(l => l.Contains($"Hall announces ticket {first1} to counter 1", StringComparison.Ordinal)) == 2), "the recall spoken", Patience);

        // Both counters must know the two tickets still waiting before the Hub goes away.
        var stillWaiting = issued.Except([first1, first2]).Order(StringComparer.Ordinal).ToList();
        foreach (var counter in new[] { counter1, counter2 })
            await DemoHall.EventuallyAsync(async () => await WaitingAAsync(counter) == stillWaiting.Count, "counters see 2 waiting A tickets", Patience);

        // --- Hub stopped.
        await hall.StopHubAsync();
        var offline1 = await TakeTicketAsync(kiosk, expectedSource: "reserve");
        var offline2 = await TakeTicketAsync(kiosk, expectedSource: "reserve");
        Assert.DoesNotContain(offline1, issued);
        using (var printed = new CancellationTokenSource(Patience))
            Assert.Equal(6, (await hall.Printer.WaitForJobsAsync(6, printed.Token)).Count);

        // Both counters finish offline and call the next ticket they know: the same one, both decided locally.
        Assert.Equal(HttpStatusCode.OK, (await counter1.PostAsync("api/console/finish")).Status);
        Assert.Equal(HttpStatusCode.OK, (await counter2.PostAsync("api/console/finish")).Status);
        var offlineCall1 = await CallUntilAppliedAsync(counter1, "pending");
        var offlineCall2 = await CallUntilAppliedAsync(counter2, "pending");
        Assert.Equal(stillWaiting[0], offlineCall1);
        Assert.Equal(offlineCall1, offlineCall2);
        await hall.Displays[0].State.WaitForAsync(s => s.Upper.Contains(offlineCall1, StringComparison.Ordinal), Patience);
        await hall.Displays[1].State.WaitForAsync(s => s.Upper.Contains(offlineCall2, StringComparison.Ordinal), Patience);

        // --- Hub back: everything converges and the conflict is on the board.
        await hall.StartHubAsync();
        await DemoHall.EventuallyAsync(async () =>
        {
            var hubView = Comparable(await hub.GetAsync("hall/api/snapshot"));
            var hallView = Comparable(await hallNode.GetAsync("api/hall/snapshot"));
            var hubWaiting = Waiting(hubView, "A");
            return hubView == hallView
                && hubWaiting == await WaitingAAsync(counter1) && hubWaiting == await WaitingAAsync(counter2)
                && hubWaiting == await KioskWaitingAAsync(kiosk);
        }, "Hub, hall node, counters and kiosk show the same queue", TimeSpan.FromSeconds(60));
        var converged = await hub.GetAsync("hall/api/snapshot");
        Assert.Equal(stillWaiting.Count - 1 + 2, Waiting(Comparable(converged), "A"));

        await Assertions.Expect(board.Locator("#conflicts li")).ToContainTextAsync(offlineCall1, new() { Timeout = 45_000 });
        await Assertions.Expect(board.Locator("#conflicts li").First).ToContainTextAsync("Gọi trùng");
        await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "demo-board-conflict.png") });
        Assert.DoesNotContain(offline2, converged.ToJsonString(), StringComparison.Ordinal); // printed offline, waiting, not called
    }

    // Online the number comes from the Hub, or from the reserve when the Hub answers late (a cold start);
    // with the Hub down it must come from the reserve. A node still starting has no reserve yet: retried.
    private static async Task<string> TakeTicketAsync(NodeHttp kiosk, string? expectedSource)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (status, body) = await kiosk.PostAsync("api/kiosk/tickets", new { service = "A" });
            if (status == HttpStatusCode.ServiceUnavailable && expectedSource is null && attempt < 60)
            {
                await Task.Delay(500);
                continue;
            }

            Assert.True(status == HttpStatusCode.Created, $"kiosk answered {(int)status}: {body}");
            if (expectedSource is not null)
                Assert.Equal(expectedSource, (string?)body!["numberSource"]);
            Assert.NotNull(body!["printJobId"]);
            return (string)body["ticketNumber"]!;
        }
    }

    private static async Task SignInAsync(NodeHttp counter)
    {
        var (status, body) = await counter.PostAsync("api/console/sign-in", new { officerId = DemoHall.OfficerId, pin = DemoHall.OfficerPin });
        Assert.True(status == HttpStatusCode.OK, $"sign-in answered {(int)status}: {body}");
    }

    // Calls next until the call stands with the expected decision (a counter may first lose a race it did not see yet).
    private static async Task<string> CallUntilAppliedAsync(NodeHttp counter, string decision)
    {
        string? last = null;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (status, body) = await counter.PostAsync("api/console/call-next");
            last = $"{(int)status}: {body}";
            if (status == HttpStatusCode.OK && (string?)body!["decision"] == decision)
                return (string)body["ticketNumber"]!;
            await Task.Delay(300);
        }

        throw new TimeoutException($"{counter.Address} never called with decision {decision}; last answer {last}");
    }

    private static async Task<int> WaitingAAsync(NodeHttp counter)
    {
        var state = await counter.GetAsync("api/console/state");
        return state["queues"]!.AsArray().Where(q => (string?)q!["prefix"] == "A").Select(q => (int)q!["waiting"]!).FirstOrDefault();
    }

    private static async Task<int> KioskWaitingAAsync(NodeHttp kiosk)
    {
        var services = await kiosk.GetAsync("api/kiosk/services");
        return services["services"]!.AsArray().Where(s => (string?)s!["prefix"] == "A").Select(s => (int)s!["waiting"]!).FirstOrDefault();
    }

    // The snapshot without its version (Hub change-log version vs. the hall node's own counter).
    private static string Comparable(JsonNode snapshot)
    {
        var copy = JsonNode.Parse(snapshot.ToJsonString())!.AsObject();
        copy.Remove("version");
        return copy.ToJsonString();
    }

    private static int Waiting(string comparable, string prefix) =>
        JsonNode.Parse(comparable)!["waiting"]!.AsArray().Where(w => (string?)w!["prefix"] == prefix).Select(w => (int)w!["waiting"]!).FirstOrDefault();
}
