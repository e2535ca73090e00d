using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.IntegrationTests.Printing;
using CounterNode.IntegrationTests.Sync;
using CounterNode.VirtualPrinter;
using Xunit.Abstractions;

namespace CounterNode.IntegrationTests.DossierJourney;

/// <summary>
/// Issue 6's end-to-end journey with real processes: the Hub, the counter-01 node (department
/// STP) and the virtual printer it prints to over TCP. A dossier is received at the counter
/// (Mẫu 01 printed), reaches the Hub and goes electronically to the Sở Tư pháp, whose officer —
/// logged in at <c>/department</c> like a browser — asks for a supplement; the notice reaches the
/// counter by the Hub's push and Mẫu 02 prints (read back from the printer's transcript and PNG);
/// the counter records the supplement, the department marks the result ready, and the result is
/// returned by scanning (at the counter's serial scanner, over a pty) the barcode decoded with ZXing.Net from the printed receipt's PNG; a second
/// return is refused. Then the same with the Hub stopped: a dossier is received from the reserve
/// block and a ready dossier is returned offline; after the restart Hub and node hold the same
/// state, codes are unique and the change log verifies. A planted applicant name never appears in
/// the logs, the console output, the hall display or the supervisors' board.
/// </summary>
public sealed class DossierJourneyTests(ITestOutputHelper output)
{
    // ASCII marker inside the names: found even if a log sink escaped the Vietnamese letters.
    private const string Marker = "Jqxzvkwy";
    private const string Applicant = "Trần Thị " + Marker;
    private const string Collector = "Đỗ Văn " + Marker;
    private const string MissingItem = "Bản sao giấy khai sinh có chứng thực";
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_dossier_travels_counter_hub_department_and_back_online_and_with_the_hub_down()
    {
        await using var hall = await JourneyHall.StartAsync();
        using var counter = await hall.SignedInCounterAsync();
        // Today's reserve block of dossier codes is leased while the Hub is up (DossierReserveKeeper).
        await hall.Node.WaitForLineAsync(l => l.Contains("Leased Dossier series", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        using var department = await DepartmentDesk.LoginAsync(hall.HubAddress);

        // 1. Receive online → Mẫu 01 → the Hub has it and transfers it at once (electronic).
        var (a, receiptA) = await ReceiveAsync(hall, counter, expectedSource: "hub");
        await EventuallyAsync(async () => await department.StateOfAsync(a) == "transferred-to-department", $"{a} transferred to STP at the Hub");
        Assert.Contains(Applicant, (await department.ListAsync()).GetRawText(), StringComparison.Ordinal); // the department sees the name; the public never does
        await department.DoAsync(a, "start-processing");

        // 2. Supplement request at the Hub → the notice at the counter → Mẫu 02 on the printer.
        var latency = await RequestSupplementAndMeasureAsync(hall, counter, department, a);
        output.WriteLine(latency.ToString());
        var supplementJob = latency.Job;
        Assert.Contains("PHIẾU YÊU CẦU", supplementJob.Transcript, StringComparison.Ordinal);
        Assert.Contains(a, supplementJob.Transcript, StringComparison.Ordinal);
        Assert.Contains("1. " + MissingItem, supplementJob.Transcript, StringComparison.Ordinal);
        Assert.Equal([a], BarcodeScanner.Scan(supplementJob.PngPath).Code128);
        var console = await counter.GetStringAsync("/api/console/state");
        Assert.Contains($"Hồ sơ {a}: cơ quan chuyên môn yêu cầu bổ sung", console, StringComparison.Ordinal);
        var again = await department.ActAsync(a, "request-supplement", new { missingItems = new[] { "Bản chính tờ khai" } });
        Assert.Equal((HttpStatusCode.Conflict, "dossier.supplement-already-requested"), (again.Status, again.Body.GetProperty("code").GetString()));

        // 3. The citizen brings the papers: the counter records it; the department resumes and finishes.
        var supplemented = await PostAsync(counter, "/api/dossiers/supplemented", new { code = a });
        Assert.Equal("Supplemented", supplemented.GetProperty("state").GetString());
        await EventuallyAsync(async () => await department.StateOfAsync(a) == "supplemented", $"{a} supplemented at the Hub");
        await department.DoAsync(a, "start-processing");
        await department.DoAsync(a, "result-ready");
        await EventuallyAsync(async () => (await LookupAsync(counter, a)).GetProperty("canReturn").GetBoolean(), $"{a} ready at the counter");

        // 4. Return by scanning the barcode of the printed receipt (the PNG, decoded with ZXing.Net).
        await ReturnByScanAsync(hall, counter, receiptA, a);
        await EventuallyAsync(() => Task.FromResult(DossierRows.DossierAtHub(hall.HubDatabase, a)?["state"]?.GetValue<string>() == "returned"), $"{a} returned at the Hub");
        Assert.Equal(Collector, DossierRows.DossierAtHub(hall.HubDatabase, a)!["collection"]!["collectorName"]!.GetValue<string>());

        // 5. A second dossier made ready online, then the Hub goes down.
        var (b, receiptB) = await ReceiveAsync(hall, counter, expectedSource: "hub");
        await EventuallyAsync(async () => await department.StateOfAsync(b) == "transferred-to-department", $"{b} transferred to STP at the Hub");
        using (var notAsked = await counter.PostAsJsonAsync("/api/dossiers/supplemented", new { code = b }))
            Assert.Equal(HttpStatusCode.Conflict, notAsked.StatusCode); // no supplement was requested: nothing to record
        await department.DoAsync(b, "start-processing");
        await department.DoAsync(b, "result-ready");
        await EventuallyAsync(async () => (await LookupAsync(counter, b)).GetProperty("canReturn").GetBoolean(), $"{b} ready at the counter");
        await hall.StopHubAsync();

        // Offline: reception takes a reserve code; a dossier whose result is ready in the local
        // replica is returned (dossier.return is any node's step); one not processed yet is not.
        var (c, _) = await ReceiveAsync(hall, counter, expectedSource: "reserve");
        var offlineReturn = await ReturnByScanAsync(hall, counter, receiptB, b);
        Assert.True(offlineReturn.GetProperty("isPending").GetBoolean(), "the offline return waits for the Hub");
        using (var early = await counter.PostAsJsonAsync("/api/dossiers/return", new { code = c, collectorName = Collector, byProxy = false }))
        {
            var problem = JsonDocument.Parse(await early.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((HttpStatusCode.Conflict, "dossier.illegal-transition"), (early.StatusCode, problem.GetProperty("code").GetString()));
        }

        // 6. The Hub is back: everything converges.
        await hall.StartHubAsync();
        await EventuallyConvergedAsync(hall, [a, b, c]);
        var (d, _) = await ReceiveAsync(hall, counter, expectedSource: "hub");
        var codes = await EventuallyConvergedAsync(hall, [a, b, c, d]);
        Assert.Equal(4, codes.Count);
        Assert.Equal(4, new[] { a, b, c, d }.Distinct().Count());
        var bAtHub = DossierRows.DossierAtHub(hall.HubDatabase, b)!;
        Assert.Equal(("returned", Collector), (bAtHub["state"]!.GetValue<string>(), bAtHub["collection"]!["collectorName"]!.GetValue<string>()));
        Assert.Equal("counter-01", DossierRows.DossierAtHub(hall.HubDatabase, c)!["reception"]!["receivedByNode"]!.GetValue<string>());
        using (var admin = new HttpClient { BaseAddress = hall.HubAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            admin.DefaultRequestHeaders.Add("X-CounterNode-Admin-Key", JourneyHall.AdminKey);
            var verdict = await admin.GetFromJsonAsync<JsonElement>("/sync/v1/admin/verify-log");
            Assert.True(verdict.GetProperty("isIntact").GetBoolean(), verdict.GetRawText());
            output.WriteLine($"online {a}, {b}, {d}; offline (reserve) {c}; change log intact ({verdict.GetProperty("entriesChecked").GetInt64()} entries)");
        }

        // 7. The planted name: never on the public hall display nor on the supervisors' board…
        await AssertPublicScreensHideTheNameAsync(hall.HubAddress);
        await hall.StopAllAsync();

        // …nor in any log file or console output of the Hub and the node.
        var logs = Directory.GetFiles(hall.Root, "*.log", SearchOption.AllDirectories);
        Assert.Contains(logs, f => f.StartsWith(Path.Combine(hall.Root, "hub"), StringComparison.Ordinal));
        Assert.Contains(logs, f => f.StartsWith(Path.Combine(hall.Root, "node"), StringComparison.Ordinal));
        foreach (var file in logs)
            Assert.False((await File.ReadAllTextAsync(file)).Contains(Marker, StringComparison.Ordinal), $"{file} contains the applicant's name");
        Assert.DoesNotContain(hall.Node.Lines, l => l.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(hall.Node.Lines, l => l.Contains($"Returned the result of dossier {a}", StringComparison.Ordinal));
    }

    /// <summary>Receives a dossier (electronic, so the Hub transfers it at once) and returns its code and its Mẫu 01.</summary>
    private static async Task<(string Code, VirtualPrintJob Receipt)> ReceiveAsync(JourneyHall hall, HttpClient counter, string expectedSource)
    {
        var printed = hall.Printer.Jobs.Count;
        var answer = await PostAsync(counter, "/api/dossiers/receive", new
        {
            procedureCode = "STP-01",
            applicantName = Applicant,
            applicantAddress = "27 Phan Đình Phùng, Kon Tum",
            applicantPhone = "0905 111 222",
            byProxy = false,
            documents = new[] { new { name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", form = "Bản chính", quantity = 1 } },
            sets = 1,
            delivery = "counter",
            electronic = true,
        }, HttpStatusCode.Created);
        var code = answer.GetProperty("code").GetString()!;
        Assert.Equal((expectedSource, "mau-01"), (answer.GetProperty("numberSource").GetString(), answer.GetProperty("form").GetString()));
        var receipt = (await hall.Printer.WaitForJobsAsync(printed + 1, Timeout(30)))[printed];
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ", receipt.Transcript, StringComparison.Ordinal);
        Assert.Contains($"Mã hồ sơ: {code}", receipt.Transcript, StringComparison.Ordinal);
        return (code, receipt);
    }

    /// <summary>
    /// Asks for the supplement at the Hub and times its arrival at the counter: in the node's
    /// replica (a lookup answers "SupplementRequested") and on paper (the Mẫu 02 job is complete at
    /// the virtual printer). Arrival within a few seconds is asserted; the times are reported.
    /// </summary>
    private static async Task<SupplementLatency> RequestSupplementAndMeasureAsync(JourneyHall hall, HttpClient counter, DepartmentDesk department, string code)
    {
        var printed = new TaskCompletionSource<(VirtualPrintJob Job, TimeSpan At)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        void OnJob(object? sender, VirtualPrintJob job)
        {
            if (job.Transcript.Contains("PHIẾU YÊU CẦU", StringComparison.Ordinal))
                printed.TrySetResult((job, clock.Elapsed));
        }

        hall.Printer.JobPrinted += OnJob;
        try
        {
            clock.Start();
            await department.DoAsync(code, "request-supplement", new { missingItems = new[] { MissingItem }, reason = "Tờ khai thiếu nơi cư trú" });
            var answered = clock.Elapsed;
            while ((await LookupAsync(counter, code)).GetProperty("state").GetString() != "SupplementRequested")
            {
                Assert.True(clock.Elapsed < NoticeTimeout, $"The supplement request did not reach the counter's replica within {NoticeTimeout.TotalSeconds} s.");
                await Task.Delay(10);
            }

            var inReplica = clock.Elapsed;
            var (job, at) = await printed.Task.WaitAsync(NoticeTimeout - clock.Elapsed > TimeSpan.Zero ? NoticeTimeout - clock.Elapsed : TimeSpan.FromMilliseconds(1));
            return new SupplementLatency(answered, inReplica, at, job);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Mẫu 02 was not printed within {NoticeTimeout.TotalSeconds} s of the supplement request.");
        }
        finally
        {
            hall.Printer.JobPrinted -= OnJob;
        }
    }

    /// <summary>
    /// Decodes the receipt's CODE128 from its PNG and scans that text at the counter's serial
    /// scanner; the console shows the dossier's state and hands the code to the return form, which
    /// records the collector. Scanned again, the console says it was returned and a second return is refused.
    /// </summary>
    private static async Task<JsonElement> ReturnByScanAsync(JourneyHall hall, HttpClient counter, VirtualPrintJob receipt, string code)
    {
        var decoded = BarcodeScanner.Scan(receipt.PngPath).Code128;
        Assert.Equal([code], decoded); // both copies carry the same code
        var scanned = await ScanAsync(hall, counter, decoded[0], $"Hồ sơ {code} đã có kết quả, sẵn sàng trả.");
        Assert.Equal(code, scanned);
        var returned = await PostAsync(counter, "/api/dossiers/return", new { code = scanned, collectorName = Collector, byProxy = false });
        Assert.Equal("Returned", returned.GetProperty("state").GetString());

        await ScanAsync(hall, counter, decoded[0], $"Hồ sơ {code} đã trả kết quả; không thể trả lần nữa.");
        using var second = await counter.PostAsJsonAsync("/api/dossiers/return", new { code = scanned, collectorName = Collector, byProxy = false });
        var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("dossier.already-returned", problem.GetProperty("code").GetString());
        Assert.Contains($"Hồ sơ {code} đã trả kết quả lúc", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("không thể trả lần nữa.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return returned;
    }

    /// <summary>Scans <paramref name="text"/>; waits for the console's new scanned dossier and its alert; returns the scanned code.</summary>
    private static async Task<string> ScanAsync(JourneyHall hall, HttpClient counter, string text, string expectedAlert)
    {
        var before = await LatestScanAsync(counter);
        await hall.ScanAsync(text);
        JsonElement? latest = null;
        await EventuallyAsync(async () =>
        {
            latest = await LatestScanAsync(counter);
            return latest is { } l && l.GetProperty("id").GetInt64() > (before?.GetProperty("id").GetInt64() ?? 0);
        }, "the counter read the scanned receipt", TimeSpan.FromSeconds(15));
        Assert.Contains(expectedAlert, await counter.GetStringAsync("/api/console/state"), StringComparison.Ordinal);
        return latest!.Value.GetProperty("code").GetString()!;
    }

    private static async Task<JsonElement?> LatestScanAsync(HttpClient counter)
    {
        using var response = await counter.GetAsync("/api/dossiers/scanned");
        if (response.StatusCode == HttpStatusCode.NoContent)
            return null;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits until the node has nothing pending and holds exactly the Hub's dossier entities; returns the dossier codes.</summary>
    private static async Task<IReadOnlyList<string>> EventuallyConvergedAsync(JourneyHall hall, string[] codes)
    {
        SortedDictionary<string, string> hub = [], node = [];
        await EventuallyAsync(() =>
        {
            if (DossierRows.PendingAtNode(hall.NodeDataDirectory) != 0)
                return Task.FromResult(false);
            hub = DossierRows.AtHub(hall.HubDatabase);
            node = DossierRows.AtNode(hall.NodeDataDirectory);
            return Task.FromResult(codes.All(c => hub.ContainsKey("dossier/" + c)) && hub.SequenceEqual(node));
        }, "the Hub and the node hold the same dossiers " + string.Join(", ", codes), TimeSpan.FromSeconds(60));
        var dossiers = hub.Keys.Where(k => k.StartsWith("dossier/", StringComparison.Ordinal)).Select(k => k["dossier/".Length..]).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), dossiers.Order(StringComparer.Ordinal));
        return dossiers;
    }

    private static async Task AssertPublicScreensHideTheNameAsync(Uri hub)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(30) };
        var pages = new List<string> { await http.GetStringAsync("/hall") };
        using (var snapshot = await http.GetAsync("/hall/api/snapshot"))
            pages.Add(await snapshot.Content.ReadAsStringAsync());
        Assert.Equal("/board", await FormLogin.LoginAsync(http, "/board/login", "giamsat", "giamsat"));
        pages.Add(await http.GetStringAsync("/board"));
        var board = await http.GetStringAsync("/board/api/snapshot");
        pages.Add(board);
        Assert.Contains("\"counters\"", board, StringComparison.Ordinal);
        foreach (var page in pages)
            Assert.DoesNotContain(Marker, page, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> LookupAsync(HttpClient counter, string code)
    {
        using var response = await counter.GetAsync("/api/dossiers/lookup?code=" + Uri.EscapeDataString(code));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        NodeSyncTestHost.EventuallyAsync(condition, what, timeout ?? TimeSpan.FromSeconds(30));

    private static CancellationToken Timeout(int seconds) => PrinterBench.Timeout(seconds);
}
