using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.Hub.Board;
using CounterNode.Hub.Catalogue;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CounterNode.Hub.Tests.Catalogue;

/// <summary>The admin API on a real Hub (real Kestrel on loopback, real SQLite file, supervisor cookie login).</summary>
public sealed partial class CatalogueApiTests : IAsyncLifetime
{
    private const string Password = "Mật khẩu quản trị";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"cn-catalogue-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.Configuration["Hub:ConnectionString"] = $"Data Source={_db}";
        builder.Configuration["Hub:Catalogue:SeedFile"] = CatalogueSeedTests.RepoSeedFile();
        builder.Configuration["Hub:Board:Supervisors:0:UserName"] = "quantri";
        builder.Configuration["Hub:Board:Supervisors:0:PasswordHash"] = SupervisorPasswordHasher.Hash(Password, iterations: 1_000);
        builder.Configuration["Hub:Board:FailureDelay"] = "00:00:00";
        builder.AddHub();
        _app = builder.Build();
        _app.MapHub();
        await _app.StartAsync();
        _base = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_db);
    }

    [Fact]
    public async Task An_edit_at_the_admin_api_reaches_a_nodes_pull_and_the_page_is_served_in_vietnamese()
    {
        using var http = await LoggedInAsync();
        var before = await PullServicesAsync();
        Assert.Equal("Tư pháp - Hộ tịch", before["A"]);

        using var put = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/services/A",
            new ServiceEntity("A", "Tư pháp - Hộ tịch (đổi tên)", ["STP"], ServicePriority.Interleaved, 2), MutatorJson.Options);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = (await put.Content.ReadFromJsonAsync<CatalogueSaved>(MutatorJson.Options))!;

        Assert.Equal("Tư pháp - Hộ tịch (đổi tên)", (await PullServicesAsync())["A"]);
        var view = (await http.GetFromJsonAsync<CatalogueView>(CatalogueApi.Prefix + "/", MutatorJson.Options))!;
        Assert.Equal(2, view.Services.Single(s => s.Prefix == "A").NormalsBetween);
        Assert.True(saved.Version > 0);

        var page = await http.GetStringAsync(CatalogueAdminPage.Path);
        Assert.Contains("Quản trị danh mục", page, StringComparison.Ordinal);
        Assert.Contains("Thủ tục", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_login_the_api_answers_401_and_the_page_sends_to_the_login()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _base };
        using var api = await http.GetAsync(CatalogueApi.Prefix + "/");
        using var put = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/services/A", new ServiceEntity("A", "X", ["STP"]), MutatorJson.Options);
        using var page = await http.GetAsync(CatalogueAdminPage.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(BoardAuthentication.LoginPath, new Uri(_base, page.Headers.Location!).AbsolutePath);
        Assert.Equal("Tư pháp - Hộ tịch", (await PullServicesAsync())["A"]);
    }

    [Theory]
    [InlineData("widgets", "A", """{"prefix":"A","name":"X","departments":["STP"]}""", "catalogue.unknown-entity-type", null)]
    [InlineData("services", "A", """{"prefix":"A","name":"","departments":["STP"]}""", "catalogue.invalid-entry", "name")]
    [InlineData("services", "A", """{"prefix":"A","name":"X","departments":["NOPE"]}""", "catalogue.reference-not-found", "departments[0]")]
    [InlineData("procedures", "STP-01", """{"code":"STP-01","name":"X","department":"STP","processingDays":-3,"fee":0,"documents":[]}""", "catalogue.invalid-entry", "processingDays")]
    [InlineData("counters", "7", """{"number":8,"services":["A"],"departments":[]}""", "catalogue.invalid-entry", "number")]
    [InlineData("officers", "cb-x", """{"id":"cb-x"}""", "catalogue.invalid-entry", "pin")]
    [InlineData("catalogue.officer", "cb01", """{"id":"cb01","name":"A","title":"B","department":"STP","phone":"","pinHash":"x"}""", "catalogue.invalid-entry", "entityType")]
    public async Task Bad_input_gets_a_problem_naming_the_field_and_changes_nothing(string kind, string id, string json, string code, string? field)
    {
        using var http = await LoggedInAsync();
        var head = await HeadAsync();

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PutAsync($"{CatalogueApi.Prefix}/{kind}/{id}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        if (field is not null)
            Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task Officers_get_a_hashed_pin_and_a_badge_shown_once()
    {
        using var http = await LoggedInAsync();
        using (var created = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/officers/cb-moi",
            new OfficerEdit("Đỗ Minh Khoa", "Chuyên viên", "SXD", "0260 3861 099", Pin: "2468")))
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var badPin = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/officers/cb-moi", new OfficerEdit("Đỗ Minh Khoa", "Chuyên viên", "SXD", "", Pin: "12"));
        Assert.Equal(HttpStatusCode.BadRequest, badPin.StatusCode);
        using var badge = await http.PostAsync(CatalogueApi.Prefix + "/officers/cb-moi/badge", null);
        var issued = (await badge.Content.ReadFromJsonAsync<BadgeIssued>())!;
        using var missing = await http.PostAsync(CatalogueApi.Prefix + "/officers/nobody/badge", null);

        var officer = await StoredOfficerAsync("cb-moi");
        Assert.True(CredentialHash.Verify("2468", officer.PinHash));
        Assert.True(OfficerBadge.TryParse(issued.Badge, out var id, out var secret));
        Assert.Equal("cb-moi", id);
        Assert.True(CredentialHash.Verify(secret, officer.BadgeHash));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var view = await http.GetStringAsync(CatalogueApi.Prefix + "/");
        Assert.DoesNotContain("pbkdf2", view, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, view, StringComparison.Ordinal);

        // An edit without a PIN keeps the PIN and the badge.
        using (var edited = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/officers/cb-moi", new OfficerEdit("Đỗ Minh Khoa", "Phó trưởng phòng", "SXD", "", Active: false)))
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await StoredOfficerAsync("cb-moi");
        Assert.Equal((officer.PinHash, officer.BadgeHash, "Phó trưởng phòng", false), (after.PinHash, after.BadgeHash, after.Title, after.Active));
    }

    [Fact]
    public async Task Remove_takes_an_entry_away_from_the_nodes_but_never_the_center()
    {
        using var http = await LoggedInAsync();
        using var removed = await http.DeleteAsync(CatalogueApi.Prefix + "/services/E");
        using var again = await http.DeleteAsync(CatalogueApi.Prefix + "/services/E");
        using var center = await http.DeleteAsync(CatalogueApi.Prefix + "/center/center");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, center.StatusCode);
        Assert.DoesNotContain("E", (await PullServicesAsync()).Keys);
    }

    [Fact]
    public async Task The_centers_hours_and_cut_off_are_edited_and_checked()
    {
        using var http = await LoggedInAsync();
        var center = new CenterEntity("Trung tâm Phục vụ hành chính công tỉnh Kon Tum", "000.00.00.H34",
            [new WorkingPeriod("07:30", "11:30"), new WorkingPeriod("13:30", "17:00")], "16:30", ["10:30", "16:30"]);
        using var ok = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/center/center", center, MutatorJson.Options);
        using var overlapping = await http.PutAsJsonAsync(CatalogueApi.Prefix + "/center/center",
            center with { WorkingHours = [new WorkingPeriod("07:30", "14:00"), new WorkingPeriod("13:30", "17:00")] }, MutatorJson.Options);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        var stored = (await _app.Services.GetRequiredService<CatalogueReader>().ReadAsync(default)).Get<CenterEntity>(CatalogueEntityTypes.Center, "center")!;
        Assert.Equal(("07:30", "16:30"), (stored.WorkingHours[0].From, stored.CutOff));
    }

    private async Task<OfficerEntity> StoredOfficerAsync(string id)
    {
        var snapshot = await _app.Services.GetRequiredService<CatalogueReader>().ReadAsync(default);
        return snapshot.Get<OfficerEntity>(CatalogueEntityTypes.Officer, id)!;
    }

    private async Task<long> HeadAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        return await db.ChangeLog.CountAsync();
    }

    // What a counter node sees: a pull in its scopes, service name by prefix (the last state of each).
    private async Task<Dictionary<string, string>> PullServicesAsync()
    {
        var engine = _app.Services.GetRequiredService<HubSyncEngine>();
        var pull = await engine.PullAsync(new NodeIdentity("counter-01", ["center", "counter:1"]),
            new PullRequest(SyncProtocol.Version, "counter-01", 0, 10_000), default);
        var services = new Dictionary<string, string>();
        foreach (var change in pull.Changes.Where(c => c.EntityType == CatalogueEntityTypes.Service))
        {
            if (change.Data is { } data)
                services[change.EntityId] = data.Deserialize<ServiceEntity>(MutatorJson.Options)!.Name;
            else
                services.Remove(change.EntityId);
        }

        return services;
    }

    private async Task<HttpClient> LoggedInAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _base };
        var html = await http.GetStringAsync(BoardAuthentication.LoginPath);
        var token = TokenField().Match(html);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["userName"] = "quantri",
            ["password"] = Password,
        });
        using var response = await http.PostAsync(BoardAuthentication.LoginPath, form);
        Assert.Equal("/board", response.Headers.Location!.OriginalString);
        return http;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex TokenField();
}
