using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>The Hub's sync endpoints over real HTTP on loopback, against the real Hub process and its SQLite file.</summary>
public sealed class HubSyncApiTests(HubSyncFixture hub) : IClassFixture<HubSyncFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string title)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task A_gzip_push_is_applied_and_its_changes_are_pulled()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client();
        var push = hub.Outbox1.Push(hub.Outbox1.Issue(1), hub.Outbox1.Issue(2));

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(push));

        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!;
        Assert.All(result.Outcomes, o => Assert.Equal(MutationStatus.Applied, o.Status));
        Assert.Equal(push.Mutations[^1].MutationId, result.LastApplied);
        var after = await hub.StateOfAsync(HubSyncFixture.Counter1);
        Assert.Equal(result.LastApplied, after.LastApplied);
        Assert.Equal(before.Head + 4, after.Head); // two tickets, two number-index entries
    }

    [Fact]
    public async Task An_unknown_mutation_type_is_recorded_as_rejected()
    {
        using var http = hub.Client();
        var push = hub.Outbox1.Push(hub.Outbox1.Next("queue.teleport", new { counter = 1 }));

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(push));

        response.EnsureSuccessStatusCode();
        var outcome = Assert.Single((await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!.Outcomes);
        Assert.Equal((MutationStatus.Rejected, "sync.unknown-mutation-type"), (outcome.Status, outcome.ReasonCode));
        Assert.Equal(outcome.MutationId, (await hub.StateOfAsync(HubSyncFixture.Counter1)).LastApplied);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client();
        using var body = new StringContent("{\"protocolVersion\":1,\"nodeId\":", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(SyncProtocol.PushPath, body);

        await ProblemAsync(response, HttpStatusCode.BadRequest, "Malformed sync request");
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client(HubSyncFixture.Counter1, "not-the-key");

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(hub.Outbox1.Issue(50, commit: false))));

        await ProblemAsync(response, HttpStatusCode.Unauthorized, "Node authentication failed");
        using var anonymous = hub.Client(node: null);
        using var none = await anonymous.PostAsJsonAsync(SyncProtocol.PullPath, new PullRequest(1, HubSyncFixture.Counter1, 0, 10), SyncJson.Options);
        await ProblemAsync(none, HttpStatusCode.Unauthorized, "Node authentication failed");
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task Pushing_as_another_node_is_a_403_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client(HubSyncFixture.Counter2);

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(hub.Outbox1.Issue(51, commit: false))));

        await ProblemAsync(response, HttpStatusCode.Forbidden, "Wrong node");
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task A_gap_in_mutation_ids_is_a_409_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client();
        var gap = new HubTestOutbox(HubSyncFixture.Counter1);
        for (var i = 0; i < before.LastApplied + 1; i++)
            gap.Issue(100 + i); // skip one id past what the Hub has

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(gap.Push(gap.Issue(200))));

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "Gap in mutation ids");
        Assert.Contains($"up to {before.LastApplied}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task Too_many_mutations_or_too_many_bytes_are_413_problems_and_store_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter2);
        using var http = hub.Client(HubSyncFixture.Counter2);
        var outbox = new HubTestOutbox(HubSyncFixture.Counter2);
        var many = outbox.Push([.. Enumerable.Range(1, SyncProtocol.MaxPushMutations + 1).Select(i => outbox.Issue(i))]);

        using var tooMany = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(many));
        await ProblemAsync(tooMany, HttpStatusCode.RequestEntityTooLarge, "Push too large");

        // 5 MiB of whitespace compresses to a few KiB: the limit must hold after decompression.
        var padded = Encoding.UTF8.GetBytes("{\"protocolVersion\":1," + new string(' ', 5 * 1024 * 1024) + "\"nodeId\":\"counter-02\",\"mutations\":[]}");
        using var bomb = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.GzipBytes(padded));
        await ProblemAsync(bomb, HttpStatusCode.RequestEntityTooLarge, "Push too large");

        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter2));
    }

    [Fact]
    public async Task A_timestamp_far_in_the_future_is_a_422_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client();
        var future = HybridTimestamp.Create(DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeMilliseconds(), 0);
        var mutation = hub.Outbox1.Next(TicketMutationTypes.Issue, new IssueTicketPayload(Guid.NewGuid(), "A", 77, HubTestOutbox.Day), future, commit: false);

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(mutation)));

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Clock too far ahead");
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task An_unsupported_protocol_version_is_a_400_problem_and_stores_nothing()
    {
        var before = await hub.StateOfAsync(HubSyncFixture.Counter1);
        using var http = hub.Client();
        var push = new PushRequest(2, HubSyncFixture.Counter1, [hub.Outbox1.Issue(78, commit: false)]);

        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(push));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "Unsupported protocol version");
        Assert.Equal(before, await hub.StateOfAsync(HubSyncFixture.Counter1));
    }

    [Fact]
    public async Task Numbers_and_reserve_blocks_never_overlap_over_http()
    {
        using var http = hub.Client(HubSyncFixture.Counter2);
        var series = new NumberSeries(NumberSeriesKind.Ticket, "HTTP", HubTestOutbox.Day);
        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var r = await http.PostAsJsonAsync(SyncProtocol.NumbersPath, new NumberRequest(1, HubSyncFixture.Counter2, series), SyncJson.Options);
            numbers.Add((await r.Content.ReadFromJsonAsync<NumberResponse>(SyncJson.Options))!.Number);
        }

        using var leaseResponse = await http.PostAsJsonAsync(SyncProtocol.ReservePath, new ReserveLeaseRequest(1, HubSyncFixture.Counter2, series, 5), SyncJson.Options);
        var lease = (await leaseResponse.Content.ReadFromJsonAsync<ReserveLeaseResponse>(SyncJson.Options))!;
        using var afterResponse = await http.PostAsJsonAsync(SyncProtocol.NumbersPath, new NumberRequest(1, HubSyncFixture.Counter2, series), SyncJson.Options);
        var after = (await afterResponse.Content.ReadFromJsonAsync<NumberResponse>(SyncJson.Options))!.Number;

        Assert.Equal([1, 2, 3], numbers);
        // Blocks come down from the series' limit (A999), so the next online number is still 4.
        Assert.Equal((995, 999, HubSyncFixture.Counter2), (lease.First, lease.Last, lease.NodeId));
        Assert.Equal(4, after);
    }

    [Fact]
    public async Task The_verify_endpoint_reports_an_edited_change_log_entry()
    {
        using var http = hub.Client(HubSyncFixture.Counter1);
        using (var seed = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(hub.Outbox1.Issue(300)))))
            seed.EnsureSuccessStatusCode();
        using var admin = hub.Client(node: null);
        admin.DefaultRequestHeaders.Add("X-CounterNode-Admin-Key", HubSyncFixture.AdminKey);
        using var denied = await hub.Client(node: null).GetAsync(new Uri("/sync/v1/admin/verify-log", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);

        var intact = await admin.GetFromJsonAsync<JsonElement>(new Uri("/sync/v1/admin/verify-log", UriKind.Relative));
        Assert.True(intact.GetProperty("isIntact").GetBoolean());

        long tampered;
        await using (var sqlite = new SqliteConnection($"Data Source={hub.DatabaseFile};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "UPDATE change_log SET scope = 'counter:9' WHERE version = (SELECT MAX(version) FROM change_log) RETURNING version";
            tampered = (long)(await command.ExecuteScalarAsync())!;
        }

        var broken = await admin.GetFromJsonAsync<JsonElement>(new Uri("/sync/v1/admin/verify-log", UriKind.Relative));
        Assert.False(broken.GetProperty("isIntact").GetBoolean());
        Assert.Equal(tampered, broken.GetProperty("firstBrokenVersion").GetInt64());

        // Put it back so the shared Hub stays consistent for the other tests.
        await using (var sqlite = new SqliteConnection($"Data Source={hub.DatabaseFile};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "UPDATE change_log SET scope = 'center' WHERE version = $v";
            command.Parameters.AddWithValue("$v", tampered);
            await command.ExecuteNonQueryAsync();
        }

        Assert.True((await admin.GetFromJsonAsync<JsonElement>(new Uri("/sync/v1/admin/verify-log", UriKind.Relative))).GetProperty("isIntact").GetBoolean());
    }
}
