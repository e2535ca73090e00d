using System.Net;
using System.Text.RegularExpressions;
using CounterNode.Hub.Board;
using Microsoft.AspNetCore.Builder;

namespace CounterNode.Hub.Tests.Catalogue;

/// <summary>
/// One real Hub instance (real Kestrel on loopback, a real SQLite file, the sample catalogue) with
/// two supervisors, for the concurrent-edit tests. Two instances on the same file are two Hubs
/// behind a load balancer: each has its own memory and its own editors, they share only the database.
/// </summary>
internal sealed partial class AdminHub : IAsyncDisposable
{
    public const string Password = "Mật khẩu quản trị";
    public static readonly string[] Users = ["quantri", "quantri2"];

    private readonly WebApplication _app;

    private AdminHub(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<AdminHub> StartAsync(string databaseFile)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.Configuration["Hub:ConnectionString"] = $"Data Source={databaseFile}";
        builder.Configuration["Hub:Catalogue:SeedFile"] = CatalogueSeedTests.RepoSeedFile();
        for (var i = 0; i < Users.Length; i++)
        {
            builder.Configuration[$"Hub:Board:Supervisors:{i}:UserName"] = Users[i];
            builder.Configuration[$"Hub:Board:Supervisors:{i}:PasswordHash"] = SupervisorPasswordHasher.Hash(Password, iterations: 1_000);
        }

        builder.Configuration["Hub:Board:FailureDelay"] = "00:00:00";
        builder.AddHub();
        var app = builder.Build();
        app.MapHub();
        await app.StartAsync();
        return new AdminHub(app, new Uri(app.Urls.First()));
    }

    /// <summary>A client logged in as <paramref name="user"/> (cookie), redirects not followed.</summary>
    public async Task<HttpClient> LoginAsync(string user)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        var html = await http.GetStringAsync(BoardAuthentication.LoginPath);
        var token = TokenField().Match(html);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["userName"] = user,
            ["password"] = Password,
        });
        using var response = await http.PostAsync(BoardAuthentication.LoginPath, form);
        Assert.Equal("/board", response.Headers.Location!.OriginalString);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex TokenField();
}
