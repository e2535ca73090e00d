using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Dossiers;
using CounterNode.IntegrationTests.Queue;
using CounterNode.Node.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>
/// A real in-process node (SQLite replica, Kestrel on loopback, pinned hall clock) receiving the
/// administrator's day off the way a pull from the Hub brings it: the next receipt's return date
/// skips the day, and on the day itself the kiosk refuses tickets saying why.
/// </summary>
public sealed class CalendarNodeTests
{
    private static readonly DateOnly DeclaredDayOff = new(2026, 12, 4); // a Friday
    private const string Reason = "Nghỉ hoán đổi theo Thông báo số 12/TB-UBND";

    private static async Task SyncDayOffAsync(NodeReplica replica)
    {
        var data = JsonSerializer.SerializeToElement(
            new CalendarYearEntity(2026, [new AdministrativeDayOff(DeclaredDayOff, Reason)], [], [], null), MutatorJson.Options);
        await replica.ApplyPullAsync(
            new PullResponse([new EntityChange(1, CatalogueEntityTypes.CalendarYear, "2026", "center", data)], 1, HasMore: false, LastApplied: 0, ResetRequired: false, HybridTimestamp.Zero),
            CancellationToken.None);
    }

    private static async Task<WorkingCalendar> WaitForDayOffAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<IWorkingCalendarSource>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (source.Current.IsWorkingDay(DeclaredDayOff))
            await Task.Delay(10, timeout.Token);
        return source.Current;
    }

    [Fact]
    public async Task A_synced_day_off_moves_the_return_date_printed_on_the_receipt()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(1, 5);
        using var http = await node.SignedInClientAsync();
        Assert.True(node.App.Services.GetRequiredService<IWorkingCalendarSource>().Current.IsWorkingDay(DeclaredDayOff));

        await SyncDayOffAsync(node.Replica);
        var calendar = await WaitForDayOffAsync(node.App.Services);

        var response = await http.PostAsJsonAsync("/api/dossiers/receive", DossierApiTests.Form());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DossierApiTests.JsonAsync(response);
        var withDayOff = new ReturnDateCalculator(calendar).Calculate(DossierNodeHost.WorkingMorning, 10);
        var regulation = new ReturnDateCalculator(WorkingCalendar.Default).Calculate(DossierNodeHost.WorkingMorning, 10);
        Assert.Equal(new DateOnly(2026, 12, 10), regulation.ReturnDay);
        Assert.Equal(new DateOnly(2026, 12, 11), withDayOff.ReturnDay); // one working day later: Friday 04/12 is skipped
        Assert.Equal(withDayOff.ReturnInstant, body.GetProperty("returnAt").GetDateTimeOffset());
        Assert.Contains(body.GetProperty("returnExplanation").EnumerateArray(), s => s.GetString()!.Contains(Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_synced_day_off_the_kiosk_issues_no_ticket_and_says_why()
    {
        await using var node = await QueueNodeHost.StartAsync(new DateTimeOffset(DeclaredDayOff.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));
        await node.LeaseReserveAsync("A", 1, 10);
        using var http = node.CreateClient();
        using (var open = await http.PostAsJsonAsync("/api/kiosk/tickets", new { service = "A" }))
            Assert.Equal(HttpStatusCode.Created, open.StatusCode);

        await SyncDayOffAsync(node.App.Services.GetRequiredService<NodeReplica>());
        await WaitForDayOffAsync(node.App.Services);

        using var refused = await http.PostAsJsonAsync("/api/kiosk/tickets", new { service = "A" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await DossierApiTests.JsonAsync(refused);
        Assert.Equal("queue.closed-today", problem.GetProperty("code").GetString());
        Assert.Equal($"Hôm nay Thứ Sáu 04/12/2026 Trung tâm nghỉ: {Reason}. Không cấp số thứ tự.", problem.GetProperty("detail").GetString());
    }
}
