using System.Globalization;
using System.Net.Http.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;

namespace CounterNode.IntegrationTests.Departments;

/// <summary>
/// One real Hub process with the repository's appsettings.json (demo department account
/// <c>sotuphap</c>/<c>sotuphap</c> of STP, demo supervisor <c>giamsat</c>) on a free loopback
/// port, and counter-01's hash-chained outbox (with a signed-in officer) to push dossier
/// receptions over the real HTTP sync API.
/// </summary>
public sealed class DepartmentHubFixture() : HubProcessFixture("cn-department-")
{
    public const string DepartmentUser = "sotuphap";
    public const string DepartmentPassword = "sotuphap";
    public const string Agency = "000.00.00.H34";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly HybridLogicalClock _clock = new(TimeProvider.System, new InMemoryHybridClockStateStore());
    private long _next = 1;
    private string _previousHash = string.Empty;
    private int _sequence;

    /// <summary>Pushes a <c>dossier.receive</c> of counter-01 (procedure STP-01 of STP) and returns the dossier code.</summary>
    public async Task<string> ReceiveAsync(DateTimeOffset receivedAt, string applicant, bool electronic, int processingDays = 10)
    {
        var local = receivedAt.ToOffset(Vietnam);
        // Sequences far from what a real counter would use today, so parallel fixtures cannot collide.
        var code = string.Create(CultureInfo.InvariantCulture, $"{Agency}-{local:yyMMdd}-{9000 + Interlocked.Increment(ref _sequence):0000}");
        var returnAt = new ReturnDateCalculator(WorkingCalendar.Default).Calculate(local, processingDays);
        var payload = new ReceiveDossierPayload(
            Guid.CreateVersion7(), code, "STP-01", "Cấp Phiếu lý lịch tư pháp", "STP", processingDays,
            new DossierApplicant(applicant, "15 Trần Hưng Đạo, Kon Tum", "0905123456", null, false, null),
            [new ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chính", 1)], 1, ResultDelivery.Counter, 200_000, 1,
            local, returnAt.ReturnInstant, [.. returnAt.Explanation.Steps.Select(s => s.Vietnamese)], electronic);
        await PushAsync(Next(DossierMutationTypes.Receive, payload));
        return code;
    }

    private Mutation Next<T>(string type, T payload)
    {
        // Canonical text as a node makes it (NodeReplica): the compact writer's output is what is sent and hashed.
        using var document = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(MutatorJson.ToElement(payload)));
        var json = document.RootElement.Clone();
        var at = _clock.Now();
        var id = Guid.CreateVersion7();
        const string officer = "cb-quay-1";
        var hash = MutationHasher.Compute(_previousHash, HubSyncFixture.Counter1, _next, id, type, json.GetRawText(), at, officer);
        var mutation = new Mutation(HubSyncFixture.Counter1, _next, id, type, json, at, officer, _previousHash, hash);
        _next++;
        _previousHash = hash;
        return mutation;
    }

    private async Task PushAsync(Mutation mutation)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeIdHeader, HubSyncFixture.Counter1);
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeKeyHeader, HubSyncFixture.KeyOf(HubSyncFixture.Counter1));
        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(new PushRequest(SyncProtocol.Version, HubSyncFixture.Counter1, [mutation])));
        Assert.True(response.IsSuccessStatusCode, $"push answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!;
        var outcome = Assert.Single(body.Outcomes);
        Assert.True(outcome.Status == MutationStatus.Applied, $"receive refused: {outcome.ReasonCode} {outcome.Reason}");
    }
}
