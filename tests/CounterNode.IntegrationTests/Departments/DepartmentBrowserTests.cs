using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Departments;

/// <summary>
/// The department page and the board's deadlines in real headless Chromium against a real Hub
/// process; and the applicant's name, planted in the dossiers, never reaching the board, the
/// hall, or the Hub's logs.
/// </summary>
public sealed class DepartmentBrowserTests(DepartmentHubFixture hub) : IClassFixture<DepartmentHubFixture>
{
    /// <summary>Planted as the applicant of every dossier here: only the owning department may ever see it.</summary>
    private const string PlantedName = "Hoàng Thị Thu Phương";

    private static string Shots => HeadlessChromium.ScreenshotFolder;

    [Fact]
    public async Task A_department_logs_in_requests_a_supplement_and_a_second_request_is_refused_in_Vietnamese()
    {
        var code = await hub.ReceiveAsync(DateTimeOffset.UtcNow, PlantedName, electronic: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(hub.BaseAddress, "/department").ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/department/login"));
        await page.FillAsync("#userName", DepartmentHubFixture.DepartmentUser);
        await page.FillAsync("#password", "sai-mat-khau");
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        await page.FillAsync("#userName", DepartmentHubFixture.DepartmentUser);
        await page.FillAsync("#password", DepartmentHubFixture.DepartmentPassword);
        await page.ClickAsync("#login-submit");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/department$"));

        // The electronic dossier reached the department on receipt (the Hub transferred it at once).
        var row = page.Locator($"#dossiers tr[data-code='{code}']");
        await ReloadUntilVisibleAsync(page, row);
        await Assertions.Expect(row.Locator("td.applicant")).ToHaveTextAsync(PlantedName); // the department may see the name
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "transferred-to-department");

        await row.Locator("button[data-action='start-processing']").ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("đang giải quyết");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "processing");

        await row.Locator("button[data-action='request-supplement']").ClickAsync();
        await page.FillAsync("#supplement-items", "Bản sao Căn cước có chứng thực\nẢnh 4x6 chụp trong 6 tháng");
        await page.FillAsync("#supplement-reason", "Bản chụp kèm theo không đọc được");
        await page.ClickAsync("#supplement-submit");
        await Assertions.Expect(page.Locator("#message")).ToHaveClassAsync("ok");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("chờ bổ sung");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "supplement-requested");
        await Assertions.Expect(row).ToContainTextAsync("Ảnh 4x6 chụp trong 6 tháng");

        // A second request: refused by the once-only rule, with the rule's Vietnamese text, and nothing changes.
        await row.Locator("button[data-action='request-supplement']").ClickAsync();
        await page.FillAsync("#supplement-items", "Giấy khai sinh");
        await page.ClickAsync("#supplement-submit");
        await Assertions.Expect(page.Locator("#message")).ToHaveClassAsync("error");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần");
        await Assertions.Expect(row).Not.ToContainTextAsync("Giấy khai sinh");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "department-second-supplement-refused.png"), FullPage = true });

        // The register (Mẫu 06) of today lists it with the applicant, for this department.
        var register = await context.NewPageAsync();
        await register.GotoAsync(new Uri(hub.BaseAddress, "/department/register").ToString());
        await Assertions.Expect(register.Locator($"#register tr[data-code='{code}']")).ToContainTextAsync(PlantedName);
        await Assertions.Expect(register.Locator("h1")).ToHaveTextAsync("Sổ theo dõi hồ sơ");
        await register.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "department-register-mau-06.png"), FullPage = true });
        var sheet = await context.NewPageAsync();
        await sheet.GotoAsync(new Uri(hub.BaseAddress, "/department/batches/E-" + code).ToString());
        await Assertions.Expect(sheet.Locator("#batch-count")).ToHaveTextAsync("1");
        await Assertions.Expect(sheet.Locator($"#batch tr[data-code='{code}']")).ToContainTextAsync("hub-transfer");
    }

    [Fact]
    public async Task The_board_shows_overdue_counts_and_flags_and_no_name_reaches_the_board_the_hall_or_the_logs()
    {
        // A 1-day procedure received twelve days ago, never reported late: overdue and flagged.
        var overdue = await hub.ReceiveAsync(DateTimeOffset.UtcNow.AddDays(-12), PlantedName, electronic: false, processingDays: 1);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var board = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 1200 } });

        await board.GotoAsync(new Uri(hub.BaseAddress, "/board").ToString());
        await board.FillAsync("#userName", "giamsat");
        await board.FillAsync("#password", "giamsat");
        await board.ClickAsync("#login-submit");
        await Assertions.Expect(board.Locator("#connection")).ToHaveTextAsync("Trực tiếp");

        var item = board.Locator($"#deadline-overdue-list li[data-code='{overdue}']");
        await Assertions.Expect(item).ToContainTextAsync("CHƯA BÁO TRỄ");
        await Assertions.Expect(board.Locator("#deadline-overdue")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(board.Locator("#deadline-overdueUnreported")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(board.Locator("#deadline-departments tr[data-department='STP'] td[data-key='overdue']")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(item).ToHaveClassAsync("unreported");
        await board.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "board-deadlines.png"), FullPage = true });

        await using var hallContext = await browser.NewContextAsync();
        var hall = await hallContext.NewPageAsync();
        await hall.GotoAsync(new Uri(hub.BaseAddress, "/hall").ToString());
        await hall.WaitForLoadStateAsync(LoadState.NetworkIdle);

        foreach (var page in new[] { board, hall })
        {
            Assert.DoesNotContain(PlantedName, await page.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Phương", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        }

        var snapshot = await board.EvaluateAsync<string>("async () => await (await fetch('/board/api/snapshot')).text()");
        Assert.Contains(overdue, snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, snapshot, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        Assert.DoesNotContain(PlantedName, await http.GetStringAsync("/hall/api/snapshot"), StringComparison.Ordinal);

        // The Hub's own log files (Serilog file sink of appsettings.json) and console never carry it.
        var logs = Path.Combine(hub.Hub.WorkingDirectory, "logs");
        var files = Directory.Exists(logs) ? Directory.GetFiles(logs) : [];
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = await ReadSharedAsync(file);
            Assert.Contains("Supervisor giamsat logged in", text, StringComparison.Ordinal); // the log is live: it has this test's login
            Assert.DoesNotContain(PlantedName, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(hub.Hub.Lines, l => l.Contains(PlantedName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_department_api_needs_its_login_shows_only_its_own_dossiers_and_refuses_a_decision_without_the_anti_forgery_token()
    {
        var code = await hub.ReceiveAsync(DateTimeOffset.UtcNow, PlantedName, electronic: true);
        using var stp = NewClient();
        using var other = NewClient();

        using (var anonymous = await stp.GetAsync("/department/api/dossiers"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await LoginAsync(stp, DepartmentHubFixture.DepartmentUser, DepartmentHubFixture.DepartmentPassword);
        await LoginAsync(other, "sokhdt", "sokhdt");

        // The owning department sees the dossier and its applicant (once the Hub has transferred it); another department sees neither.
        var own = string.Empty;
        for (var i = 0; i < 40 && !own.Contains(code, StringComparison.Ordinal); i++)
        {
            await Task.Delay(i == 0 ? 0 : 250);
            own = await stp.GetStringAsync("/department/api/dossiers");
        }

        Assert.Contains(PlantedName, own, StringComparison.Ordinal);
        var foreign = await other.GetStringAsync("/department/api/dossiers");
        Assert.DoesNotContain(code, foreign, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, foreign, StringComparison.Ordinal);

        using var forged = await stp.PostAsync($"/department/api/dossiers/{code}/start-processing", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("tải lại trang", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"state\":\"transferred-to-department\"", await stp.GetStringAsync("/department/api/dossiers"), StringComparison.Ordinal);
        // A department login does not open the supervisors' board.
        using var boardApi = await stp.GetAsync("/board/api/snapshot");
        Assert.Equal(HttpStatusCode.Unauthorized, boardApi.StatusCode);
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Logs in as a browser does (anti-forgery cookie and token) and expects the department page.</summary>
    private static async Task LoginAsync(HttpClient http, string userName, string password) =>
        Assert.Equal("/department", await FormLogin.LoginAsync(http, "/department/login", userName, password));

    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator row)
    {
        for (var i = 0; i < 40 && await row.CountAsync() == 0; i++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Assertions.Expect(row).ToBeVisibleAsync();
    }

    // The Hub keeps its log file open for writing.
    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
