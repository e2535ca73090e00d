using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Shared.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>
/// End to end: days off entered at a real Hub process reach a real node (in-process, pinned hall
/// clock, syncing over loopback HTTP and the Hub's poke) and close its kiosk that day.
/// </summary>
public sealed class CalendarHubToNodeTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private static readonly DateOnly FirstDayOff = new(2026, 12, 18);  // a Friday
    private static readonly DateOnly SecondDayOff = new(2026, 12, 17); // a Thursday

    [Fact]
    public async Task A_day_off_entered_at_the_hub_reaches_the_node_and_its_kiosk_refuses_tickets_that_day()
    {
        using var admin = await hub.AdminClientAsync();
        using (var first = await admin.PostAsJsonAsync("/board/api/calendar/days-off", new { date = "2026-12-18", reason = "Nghỉ theo Thông báo số 18" }))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var hallTime = new DateTimeOffset(FirstDayOff.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        var settings = new Dictionary<string, string?>
        {
            ["Node:HubUrl"] = hub.BaseAddress.ToString().TrimEnd('/'),
            ["Node:Sync:PullInterval"] = "00:01:00", // long: the second change must come by the poke
        };
        await using var node = await InProcessNodeHost.StartAsync(hallTime, "dev-key-counter-01-change-me", settings, tempPrefix: "cn-calendar-node-");
        var calendar = node.App.Services.GetRequiredService<IWorkingCalendarSource>();

        // The first pull brings the day off entered before the node started.
        await WaitUntilAsync(() => !calendar.Current.IsWorkingDay(FirstDayOff));
        Assert.Equal("Nghỉ theo Thông báo số 18", calendar.Current.DescribeDay(FirstDayOff).Vietnamese);

        // One entered while it runs arrives with the poke.
        using (var second = await admin.PostAsJsonAsync("/board/api/calendar/days-off", new { date = "2026-12-17", reason = "Nghỉ theo Thông báo số 17" }))
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await WaitUntilAsync(() => !calendar.Current.IsWorkingDay(SecondDayOff));

        using var http = node.CreateClient(TimeSpan.FromSeconds(20));
        using var refused = await http.PostAsJsonAsync("/api/kiosk/tickets", new { service = "A" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("queue.closed-today", problem.GetProperty("code").GetString());
        Assert.Contains("Nghỉ theo Thông báo số 18", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
            await Task.Delay(50, timeout.Token);
    }
}
