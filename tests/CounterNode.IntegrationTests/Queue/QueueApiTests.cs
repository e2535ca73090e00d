using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.OfficerConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CounterNode.IntegrationTests.Queue;

/// <summary>
/// Kiosk and officer console against a real node on Kestrel (loopback, port 0) with no Hub:
/// numbers come from the reserve block, calls are decided locally.
/// </summary>
public sealed class QueueApiTests
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<HttpResponseMessage> IssueAsync(HttpClient http, string service, string? priority = null) =>
        http.PostAsJsonAsync("/api/kiosk/tickets", new { service, priority });

    private static async Task SignInAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/console/sign-in", new { officerId = QueueNodeHost.OfficerId, pin = QueueNodeHost.OfficerPin });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string path, object? body = null)
    {
        var response = await http.PostAsJsonAsync(path, body ?? new { });
        return (response.StatusCode, await JsonAsync(response));
    }

    [Fact]
    public async Task Offline_kiosk_issues_from_reserve_and_the_console_calls_by_priority_then_finishes()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 101, 103);
        using var http = node.CreateClient();

        var first = await IssueAsync(http, "A");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstBody = await JsonAsync(first);
        Assert.Equal("A101", firstBody.GetProperty("ticketNumber").GetString());
        Assert.Equal("reserve", firstBody.GetProperty("numberSource").GetString());
        Assert.Equal(0, firstBody.GetProperty("peopleAhead").GetInt32());

        var second = await JsonAsync(await IssueAsync(http, "A", "Elderly"));
        Assert.Equal("A102", second.GetProperty("ticketNumber").GetString());
        Assert.Equal(1, second.GetProperty("peopleAhead").GetInt32());
        Assert.Equal(5, second.GetProperty("estimatedWaitMinutes").GetInt32());
        Assert.Equal("Người cao tuổi", second.GetProperty("priority").GetString());

        await SignInAsync(http);
        // Strict priority: the elderly citizen's later ticket goes first. Offline: the local decision stands.
        var call = await PostAsync(http, "/api/console/call-next");
        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal("A102", call.Body.GetProperty("ticketNumber").GetString());
        Assert.Equal("pending", call.Body.GetProperty("decision").GetString());

        var again = await PostAsync(http, "/api/console/call-next");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("queue.ticket-still-open", again.Body.GetProperty("code").GetString());

        var state = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal("A102", state.GetProperty("current").GetProperty("ticketNumber").GetString());
        Assert.True(state.GetProperty("current").GetProperty("isPending").GetBoolean());
        Assert.Equal(1, state.GetProperty("queues")[0].GetProperty("waiting").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, "/api/console/recall")).Status);
        var finish = await PostAsync(http, "/api/console/finish");
        Assert.Equal(HttpStatusCode.OK, finish.Status);
        Assert.Equal("A102", finish.Body.GetProperty("ticketNumber").GetString());

        var next = await PostAsync(http, "/api/console/call-next");
        Assert.Equal("A101", next.Body.GetProperty("ticketNumber").GetString());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, "/api/console/no-show")).Status);

        var empty = await PostAsync(http, "/api/console/call-next");
        Assert.Equal(HttpStatusCode.Conflict, empty.Status);
        Assert.Equal("queue.empty", empty.Body.GetProperty("code").GetString());
        Assert.Equal("Hiện không có số nào đang chờ.", empty.Body.GetProperty("detail").GetString());

        // The reserve has one number left; after it the kiosk refuses rather than inventing a number.
        Assert.Equal("A103", (await JsonAsync(await IssueAsync(http, "A"))).GetProperty("ticketNumber").GetString());
        var exhausted = await IssueAsync(http, "A");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exhausted.StatusCode);
        Assert.Equal("numbers.reserve-exhausted", (await JsonAsync(exhausted)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Outside_working_hours_the_kiosk_answers_a_clear_message_and_takes_no_number()
    {
        // Saturday 28 Nov 2026, 09:00 in the center.
        await using var node = await QueueNodeHost.StartAsync(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7)));
        await node.LeaseReserveAsync("A", 1, 5);
        using var http = node.CreateClient();

        var response = await IssueAsync(http, "A");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("queue.outside-working-hours", body.GetProperty("code").GetString());
        Assert.StartsWith("Ngoài giờ làm việc, không cấp số thứ tự.", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("07:00–11:00", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, await node.ReserveLeftAsync("A"));
    }

    [Fact]
    public async Task Wrong_pin_is_refused_and_actions_need_a_signed_in_officer()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        using var http = node.CreateClient();

        var wrong = await PostAsync(http, "/api/console/sign-in", new { officerId = QueueNodeHost.OfficerId, pin = "0000" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal("Mã cán bộ hoặc mã PIN không đúng.", wrong.Body.GetProperty("detail").GetString());
        var unknown = await PostAsync(http, "/api/console/sign-in", new { officerId = "nobody", pin = QueueNodeHost.OfficerPin });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);

        var call = await PostAsync(http, "/api/console/call-next");
        Assert.Equal(HttpStatusCode.Unauthorized, call.Status);
        Assert.Equal("console.not-signed-in", call.Body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Finishing_a_ticket_that_was_never_called_is_a_409_problem_and_changes_nothing()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 5);
        using var http = node.CreateClient();
        var ticket = await JsonAsync(await IssueAsync(http, "A"));
        var ticketId = ticket.GetProperty("ticketId").GetGuid();
        await SignInAsync(http);

        var finish = await http.PostAsJsonAsync("/api/console/finish", new { ticketId });
        Assert.Equal(HttpStatusCode.Conflict, finish.StatusCode);
        Assert.Equal("application/problem+json", finish.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(finish);
        Assert.Equal("ticket.not-held", problem.GetProperty("code").GetString());
        Assert.Equal("Số thứ tự này chưa được gọi.", problem.GetProperty("detail").GetString());

        var held = await PostAsync(http, "/api/console/finish");
        Assert.Equal(HttpStatusCode.Conflict, held.Status);
        Assert.Equal("ticket.illegal-transition", held.Body.GetProperty("code").GetString());

        var state = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("current").ValueKind);
        Assert.Equal(1, state.GetProperty("queues")[0].GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Unknown_service_and_unknown_priority_are_bad_requests()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 5);
        using var http = node.CreateClient();

        var service = await IssueAsync(http, "Z");
        Assert.Equal(HttpStatusCode.BadRequest, service.StatusCode);
        Assert.Equal("queue.unknown-service", (await JsonAsync(service)).GetProperty("code").GetString());
        var priority = await IssueAsync(http, "A", "VIP");
        Assert.Equal(HttpStatusCode.BadRequest, priority.StatusCode);
        Assert.Equal(5, await node.ReserveLeftAsync("A"));
    }

    [Fact]
    public async Task A_scanned_ticket_is_called_and_a_rejected_scan_shows_its_message_on_the_console()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 7, 9);
        using var http = node.CreateClient();
        await IssueAsync(http, "A");
        await IssueAsync(http, "A");
        await SignInAsync(http);
        var scans = node.App.Services.GetServices<IHostedService>().OfType<ConsoleScanService>().Single();

        await scans.HandleAsync(ScanResult.Rejected(ScanRejectReason.Partial), CancellationToken.None);
        // The QR printed on the ticket: the follow address ending with the number. A008 is not the head of the queue.
        await scans.HandleAsync(ScanResult.Accepted("http://127.0.0.1:5080/q/A008"), CancellationToken.None);

        var state = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal("A008", state.GetProperty("current").GetProperty("ticketNumber").GetString());
        var alerts = state.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("message").GetString()).ToList();
        Assert.Contains(ScanMessages.For(ScanRejectReason.Partial), alerts);
        Assert.Contains(alerts, a => a!.Contains("A008", StringComparison.Ordinal));

        // The citizen shows the same ticket at the counter: scanning it again starts the service.
        await scans.HandleAsync(ScanResult.Accepted("A008"), CancellationToken.None);
        var serving = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal("serving", serving.GetProperty("current").GetProperty("status").GetString());
        // Not a ticket number at all: a Vietnamese message, nothing called.
        await scans.HandleAsync(ScanResult.Accepted("079123456789"), CancellationToken.None);
        var last = (await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)))).GetProperty("alerts").EnumerateArray().Last();
        Assert.StartsWith("Số thứ tự không hợp lệ", last.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A ticket already served is not called again by a stray scan.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, "/api/console/finish")).Status);
        await scans.HandleAsync(ScanResult.Accepted("A008"), CancellationToken.None);
        var after = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("current").ValueKind);
        Assert.Equal("Số thứ tự này không còn ở trạng thái chờ.", after.GetProperty("alerts").EnumerateArray().Last().GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_conflict_about_this_counter_shows_on_the_console_and_start_marks_the_ticket_serving()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 5);
        using var http = node.CreateClient();
        await IssueAsync(http, "A");
        await SignInAsync(http);
        var call = await PostAsync(http, "/api/console/call-next");
        var ticketId = call.Body.GetProperty("ticketId").GetGuid();

        var start = await PostAsync(http, "/api/console/start");
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal("Bắt đầu phục vụ số A001.", start.Body.GetProperty("message").GetString());

        // A colliding later call of the same ticket by counter 2 (as the Hub would resolve it): recorded as a conflict.
        var replica = node.App.Services.GetRequiredService<Node.Storage.INodeReplica>();
        await replica.MutateAsync(Shared.Sync.Mutators.Tickets.TicketMutationTypes.Call,
            Shared.Sync.Mutators.MutatorJson.ToElement(new Shared.Sync.Mutators.Tickets.TicketCounterPayload(ticketId, 2)), null, CancellationToken.None);

        var state = await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)));
        Assert.Equal("serving", state.GetProperty("current").GetProperty("status").GetString());
        var conflict = Assert.Single(state.GetProperty("conflicts").EnumerateArray()).GetString();
        Assert.Equal("Số A001 do quầy 1 phục vụ; lượt gọi của quầy 2 không được tính.", conflict);
    }

    [Fact]
    public async Task Transfer_moves_the_held_ticket_to_another_service_and_pause_stops_calls_until_resumed()
    {
        await using var node = await QueueNodeHost.StartAsync(QueueNodeHost.WorkingMorning);
        await node.LeaseReserveAsync("A", 1, 5);
        using var http = node.CreateClient();
        await IssueAsync(http, "A");
        await IssueAsync(http, "A");
        await SignInAsync(http);

        var paused = await PostAsync(http, "/api/console/pause");
        Assert.Equal(HttpStatusCode.OK, paused.Status);
        var refused = await PostAsync(http, "/api/console/call-next");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("queue.counter-paused", refused.Body.GetProperty("code").GetString());
        Assert.True((await JsonAsync(await http.GetAsync(new Uri("/api/console/state", UriKind.Relative)))).GetProperty("paused").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, "/api/console/resume")).Status);
        var call = await PostAsync(http, "/api/console/call-next");
        Assert.Equal("A001", call.Body.GetProperty("ticketNumber").GetString());

        var transfer = await PostAsync(http, "/api/console/transfer", new { toService = "B" });
        Assert.Equal(HttpStatusCode.OK, transfer.Status);
        Assert.Contains("Đăng ký kinh doanh, đầu tư", transfer.Body.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Counter 1 serves only A: the transferred ticket now waits in B's queue (counter 2) and is not called here.
        var services = await JsonAsync(await http.GetAsync(new Uri("/api/kiosk/services", UriKind.Relative)));
        var waitingByService = services.GetProperty("services").EnumerateArray()
            .ToDictionary(x => x.GetProperty("prefix").GetString()!, x => x.GetProperty("waiting").GetInt32());
        Assert.Equal(1, waitingByService["A"]);
        Assert.Equal(1, waitingByService["B"]);
        var next = await PostAsync(http, "/api/console/call-next");
        Assert.Equal("A002", next.Body.GetProperty("ticketNumber").GetString());

        var badTarget = await PostAsync(http, "/api/console/transfer", new { toService = "Q" });
        Assert.Equal(HttpStatusCode.BadRequest, badTarget.Status);
    }
}
