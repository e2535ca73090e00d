using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.OfficerConsole;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CounterNode.IntegrationTests.Dossiers;

/// <summary>
/// Reception and return on a real node (Kestrel on loopback, real SQLite replica) with no Hub:
/// codes come from the reserve block, department decisions arrive through the replica's pull path.
/// </summary>
public sealed class DossierApiTests
{
    internal const string ApplicantName = "Đặng Thị Mỹ Duyên";

    internal static object Form(string procedure = "STP-01", string? name = ApplicantName, string address = "45 Bà Triệu, Kon Tum",
        bool byProxy = false, string? note = null, int sets = 1, string[]? reasons = null) => new
    {
        procedureCode = procedure,
        applicantName = name,
        applicantAddress = address,
        applicantPhone = "0914 222 333",
        applicantEmail = "duyen@example.vn",
        byProxy,
        authorisationNote = note,
        documents = new[] { new { name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", form = "Bản chính", quantity = 1 } },
        sets,
        delivery = "counter",
        refusalReasons = reasons,
    };

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Offline_reception_takes_a_reserve_code_computes_the_return_date_and_keeps_the_dossier_in_the_department_scope()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(41, 45);
        using var http = await node.SignedInClientAsync();

        var response = await http.PostAsJsonAsync("/api/dossiers/receive", Form());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        var code = body.GetProperty("code").GetString()!;
        Assert.Equal("000.00.00.H34-261126-0041", code);
        Assert.Equal("reserve", body.GetProperty("numberSource").GetString());
        Assert.Equal("mau-01", body.GetProperty("form").GetString());

        var expected = new ReturnDateCalculator(WorkingCalendar.Default).Calculate(DossierNodeHost.WorkingMorning, 10);
        Assert.Equal(expected.ReturnInstant, body.GetProperty("returnAt").GetDateTimeOffset());
        Assert.Equal(expected.Explanation.Steps.Select(s => s.Vietnamese), body.GetProperty("returnExplanation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, await node.ReserveLeftAsync());

        var stored = await node.Replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.IsPending);
        Assert.Equal(SyncScope.Department("STP"), stored.Scope);
        var dossier = stored.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        Assert.Equal((ApplicantName, 200_000L, DossierNodeHost.OfficerId, 1), (dossier.Applicant.FullName, dossier.Reception.FeeVnd, dossier.ReceivedBy, dossier.Counter));
        var status = await node.Replica.GetAsync(DossierEntityTypes.Status, code, CancellationToken.None);
        Assert.DoesNotContain("Duyên", status!.Data.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(1, (await node.Replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);

        var lookup = await JsonAsync(await http.GetAsync($"/api/dossiers/lookup?code={Uri.EscapeDataString(code)}"));
        Assert.Equal((code, false), (lookup.GetProperty("code").GetString(), lookup.GetProperty("canReturn").GetBoolean()));
        Assert.Equal("đã tiếp nhận", lookup.GetProperty("stateText").GetString());
    }

    [Theory]
    [InlineData("no name")]
    [InlineData("no address")]
    [InlineData("proxy without authorisation")]
    [InlineData("zero sets")]
    public async Task A_bad_form_is_refused_before_a_code_is_taken_and_nothing_is_recorded(string problem)
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(1, 3);
        using var http = await node.SignedInClientAsync();
        var form = problem switch
        {
            "no name" => Form(name: " "),
            "no address" => Form(address: ""),
            "proxy without authorisation" => Form(byProxy: true, note: " "),
            _ => Form(sets: 0),
        };

        var response = await http.PostAsJsonAsync("/api/dossiers/receive", form);
        var body = await JsonAsync(response);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{problem}: {response.StatusCode}");
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        Assert.Equal(3, await node.ReserveLeftAsync());
        Assert.Empty(await node.Replica.QueryAsync(DossierEntityTypes.Dossier, null, CancellationToken.None));
        Assert.Equal(0, (await node.Replica.GetSyncStateAsync(CancellationToken.None)).LastMutationId);
    }

    [Fact]
    public async Task Unknown_procedures_missing_sessions_and_an_empty_reserve_are_clear_refusals()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        using (var anonymous = new HttpClient { BaseAddress = node.Address })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/dossiers/receive", Form())).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/dossiers/lookup?code=x")).StatusCode);
        }

        using var http = await node.SignedInClientAsync();
        var unknown = await http.PostAsJsonAsync("/api/dossiers/receive", Form(procedure: "XYZ-99"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("dossier.procedure-not-found", (await JsonAsync(unknown)).GetProperty("code").GetString());

        // Hub down and no reserve leased: no code can be printed, and none is invented.
        var exhausted = await http.PostAsJsonAsync("/api/dossiers/receive", Form());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exhausted.StatusCode);
        Assert.Contains("dự phòng", (await JsonAsync(exhausted)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await node.Replica.QueryAsync(DossierEntityTypes.Dossier, null, CancellationToken.None));
    }

    [Fact]
    public async Task Procedures_are_found_by_name_without_diacritics_or_by_code_and_only_for_this_counters_departments()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        using var http = await node.SignedInClientAsync();
        var byName = await JsonAsync(await http.GetAsync("/api/dossiers/procedures?q=" + Uri.EscapeDataString("ly lich tu phap")));
        Assert.Equal(["STP-01"], byName.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        var byCode = await JsonAsync(await http.GetAsync("/api/dossiers/procedures?q=stp-02"));
        Assert.Equal("Chứng thực bản sao từ bản chính", byCode.EnumerateArray().Single().GetProperty("name").GetString());
        var all = await JsonAsync(await http.GetAsync("/api/dossiers/procedures"));
        Assert.Equal(["STP-01", "STP-02"], all.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Refusal_at_reception_needs_reasons_and_records_a_refused_dossier()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(7, 9);
        using var http = await node.SignedInClientAsync();

        var noReason = await http.PostAsJsonAsync("/api/dossiers/refuse-at-reception", Form(reasons: [" "]));
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        Assert.Equal("dossier.reason-required", (await JsonAsync(noReason)).GetProperty("code").GetString());
        Assert.Equal(3, await node.ReserveLeftAsync());

        var refused = await JsonAsync(await http.PostAsJsonAsync("/api/dossiers/refuse-at-reception", Form(reasons: ["Hồ sơ không thuộc thẩm quyền của Sở Tư pháp"])));
        Assert.Equal("mau-03", refused.GetProperty("form").GetString());
        var code = refused.GetProperty("code").GetString()!;
        var dossier = (await node.Replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None))!.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        Assert.Equal(Shared.Dossiers.DossierState.Refused, dossier.State);
        Assert.Equal(["Hồ sơ không thuộc thẩm quyền của Sở Tư pháp"], dossier.RefusalReasons);
    }

    [Fact]
    public async Task A_received_dossier_can_be_refused_afterwards_with_reasons_only()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(31, 32);
        using var http = await node.SignedInClientAsync();
        var code = (await JsonAsync(await http.PostAsJsonAsync("/api/dossiers/receive", Form()))).GetProperty("code").GetString()!;

        var blank = await http.PostAsJsonAsync("/api/dossiers/refuse", new { code, reasons = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Conflict, blank.StatusCode);
        Assert.Equal("dossier.reason-required", (await JsonAsync(blank)).GetProperty("code").GetString());

        var refused = await http.PostAsJsonAsync("/api/dossiers/refuse", new { code, reasons = new[] { "Giấy tờ tùy thân hết hạn" }, guidance = "Làm lại căn cước" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Refused", (await JsonAsync(refused)).GetProperty("state").GetString());
        var again = await http.PostAsJsonAsync("/api/dossiers/refuse", new { code, reasons = new[] { "Lý do khác" } });
        Assert.Equal("dossier.illegal-transition", (await JsonAsync(again)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Return_by_code_finds_the_dossier_records_the_collector_once_and_refuses_bad_codes_clearly()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(1, 5);
        using var http = await node.SignedInClientAsync();
        var code = (await JsonAsync(await http.PostAsJsonAsync("/api/dossiers/receive", Form()))).GetProperty("code").GetString()!;

        var malformed = await http.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString("000.00.00.H34-261126-12"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var malformedBody = await JsonAsync(malformed);
        Assert.Equal("dossier-code.sequence.wrong-length", malformedBody.GetProperty("code").GetString());
        Assert.StartsWith("Mã hồ sơ không hợp lệ", malformedBody.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = await http.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString("000.00.00.H34-261126-0999"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy hồ sơ", (await JsonAsync(unknown)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var early = await http.PostAsJsonAsync("/api/dossiers/return", new { code, collectorName = ApplicantName, byProxy = false });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("dossier.illegal-transition", (await JsonAsync(early)).GetProperty("code").GetString());

        var hub = new DossierHubSimulator(node.Replica);
        await hub.DecideAsync(code,
            (DossierMutationTypes.Transfer, new TransferDossierPayload(code, "paper-1030")),
            (DossierMutationTypes.StartProcessing, new DossierCodePayload(code)),
            (DossierMutationTypes.ResultReady, new DossierCodePayload(code)));
        var ready = await JsonAsync(await http.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString(code)));
        Assert.True(ready.GetProperty("canReturn").GetBoolean());

        var before = (await node.Replica.GetSyncStateAsync(CancellationToken.None)).LastMutationId;
        var proxyWithoutNote = await http.PostAsJsonAsync("/api/dossiers/return", new { code, collectorName = "Trần Văn Bình", byProxy = true, authorisationNote = "" });
        Assert.Equal("dossier.proxy-authorisation-required", (await JsonAsync(proxyWithoutNote)).GetProperty("code").GetString());
        Assert.Equal(before, (await node.Replica.GetSyncStateAsync(CancellationToken.None)).LastMutationId);

        var returned = await http.PostAsJsonAsync("/api/dossiers/return", new { code, collectorName = "Trần Văn Bình", byProxy = true, authorisationNote = "Giấy ủy quyền số 12/UQ ngày 01/12/2026" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Returned", (await JsonAsync(returned)).GetProperty("state").GetString());
        var dossier = (await node.Replica.GetAsync(DossierEntityTypes.Dossier, code, CancellationToken.None))!.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        Assert.Equal(("Trần Văn Bình", true, 1), (dossier.Collection!.CollectorName, dossier.Collection.ByProxy, dossier.Collection.Counter));

        var again = await http.PostAsJsonAsync("/api/dossiers/return", new { code, collectorName = "Người khác", byProxy = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("dossier.already-returned", (await JsonAsync(again)).GetProperty("code").GetString());
        Assert.Equal(before + 1, (await node.Replica.GetSyncStateAsync(CancellationToken.None)).LastMutationId);
    }

    [Fact]
    public async Task A_scanned_receipt_opens_the_dossier_and_a_malformed_scan_is_a_clear_alert()
    {
        await using var node = await DossierNodeHost.StartAsync(DossierNodeHost.WorkingMorning);
        await node.LeaseReserveAsync(1, 5);
        using var http = await node.SignedInClientAsync();
        var code = (await JsonAsync(await http.PostAsJsonAsync("/api/dossiers/receive", Form()))).GetProperty("code").GetString()!;
        var scans = node.App.Services.GetServices<IHostedService>().OfType<ConsoleScanService>().Single();
        var alerts = node.App.Services.GetRequiredService<ConsoleAlerts>();

        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("/api/dossiers/scanned")).StatusCode);
        await scans.HandleAsync(new ScanAccepted(code + "\r\n"), CancellationToken.None);
        var scanned = await JsonAsync(await http.GetAsync("/api/dossiers/scanned"));
        Assert.Equal(code, scanned.GetProperty("code").GetString());
        Assert.Contains(code, alerts.Snapshot()[^1].Message, StringComparison.Ordinal);

        await scans.HandleAsync(new ScanAccepted("000.00.00.h34-261126-0001"), CancellationToken.None);
        Assert.StartsWith("Mã hồ sơ không hợp lệ: mã cơ quan phải viết hoa", alerts.Snapshot()[^1].Message, StringComparison.Ordinal);
        await scans.HandleAsync(new ScanAccepted("000.00.00.H34-261126-0777"), CancellationToken.None);
        Assert.Equal("Không tìm thấy hồ sơ có mã 000.00.00.H34-261126-0777.", alerts.Snapshot()[^1].Message);
        Assert.Equal(code, (await JsonAsync(await http.GetAsync("/api/dossiers/scanned"))).GetProperty("code").GetString());
    }
}
