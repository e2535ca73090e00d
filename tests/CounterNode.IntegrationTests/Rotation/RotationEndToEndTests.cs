using System.Diagnostics;
using Xunit.Abstractions;

namespace CounterNode.IntegrationTests.Rotation;

/// <summary>RULES 8: a rotation change made at the Hub reaches the shared counter's node at once and its queue switches.</summary>
public sealed class RotationEndToEndTests(RotationHallFixture hall, ITestOutputHelper output) : IClassFixture<RotationHallFixture>
{
    private static readonly string[] EveryDay = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    [Fact]
    public async Task A_rotation_change_at_the_hub_reaches_counter_3_within_seconds_and_switches_its_services_display_and_console()
    {
        using var supervisor = await hall.SupervisorAsync();
        using var console = hall.NewConsoleClient();

        // Whatever the day and hour the test runs, an every-day entry covers the half-day in effect.
        await PutEveryDayAsync(supervisor, "cb-sxd-01");
        await hall.UntilAsync(async () => (await hall.CounterServicesAsync(console)).SequenceEqual(["C"]), TimeSpan.FromSeconds(20), "counter 3 on SXD (service C)");
        await hall.Display.State.WaitForAsync(s => s.Lower.Contains("So Xay dung", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        foreach (var id in await supervisor.EntryIdsAsync(3))
            Assert.StartsWith("/admin/rotation", await supervisor.PostFormAsync("/admin/rotation", "/admin/rotation/entries/remove", [new("counter", "3"), new("id", id)]), StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        await PutEveryDayAsync(supervisor, "cb-sgtvt-01");
        await hall.UntilAsync(async () => (await hall.CounterServicesAsync(console)).SequenceEqual(["D"]), TimeSpan.FromSeconds(10), "counter 3 switching to SGTVT (service D)");
        output.WriteLine($"Rotation change reached the node's queue after {clock.ElapsedMilliseconds} ms (node pull interval 30 s: the Hub's poke carried it).");

        var screen = await hall.Display.State.WaitForAsync(s => s.Lower.Contains("So Giao thong van ta", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("3", screen.Upper, StringComparison.Ordinal);
        using var state = await console.GetAsync("/api/console/state");
        var body = await state.Content.ReadAsStringAsync();
        Assert.Contains("Sở Giao thông vận tải", body, StringComparison.Ordinal);
        Assert.Contains(hall.Node.Lines, l => l.Contains("Counter 3 duty: department SGTVT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rotation_changes_need_the_supervisor_login_and_the_anti_forgery_token_and_change_nothing_otherwise()
    {
        KeyValuePair<string, string>[] fields = [new("counter", "3"), new("officer", "cb-sxd-01"), new("days", "Monday"), new("halfDays", "both"), new("validFrom", "2020-01-01")];
        using (var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = hall.HubAddress })
        {
            using var form = new FormUrlEncodedContent(fields);
            using var response = await anonymous.PostAsync("/admin/rotation/entries", form);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/board/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var api = await anonymous.GetAsync("/board/api/rotation");
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, api.StatusCode);
        }

        using var supervisor = await hall.SupervisorAsync();
        var before = await supervisor.EntryIdsAsync(3);
        using (var forged = new FormUrlEncodedContent(fields))
        {
            using var response = await supervisor.Http.PostAsync("/admin/rotation/entries", forged);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(before, await supervisor.EntryIdsAsync(3));
    }

    private static async Task PutEveryDayAsync(RotationHallFixture.SupervisorClient supervisor, string officer)
    {
        var location = await supervisor.PostFormAsync("/admin/rotation", "/admin/rotation/entries",
        [
            new("counter", "3"),
            new("officer", officer),
            .. EveryDay.Select(d => new KeyValuePair<string, string>("days", d)),
            new("halfDays", "both"),
            new("validFrom", "2020-01-01"),
        ]);
        Assert.Equal("/admin/rotation?done=entry", location);
    }
}
