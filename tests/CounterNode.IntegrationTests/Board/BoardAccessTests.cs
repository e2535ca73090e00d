using System.Net;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Board;

/// <summary>The board's doors over plain HTTP against the real Hub: login required, anti-forgery, lock-out.</summary>
public sealed class BoardAccessTests(BoardHubFixture hub) : IClassFixture<BoardHubFixture>
{
    [Fact]
    public async Task Without_login_the_board_page_redirects_and_its_api_and_hub_answer_401_while_the_hall_is_open()
    {
        using var http = NewClient(new CookieContainer());

        using var page = await http.GetAsync("/board");
        using var api = await http.GetAsync("/board/api/snapshot");
        using var negotiate = await http.PostAsync("/hubs/board/negotiate?negotiateVersion=1", null);
        using var hallNegotiate = await http.PostAsync("/hubs/hall/negotiate?negotiateVersion=1", null);
        using var hallPage = await http.GetAsync("/hall");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/board/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hallNegotiate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hallPage.StatusCode);
    }

    [Fact]
    public async Task A_login_post_without_the_anti_forgery_token_is_refused()
    {
        using var http = NewClient(new CookieContainer());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = BoardHubFixture.UserName, ["password"] = BoardHubFixture.Password });

        using var response = await http.PostAsync("/board/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_user_name_even_for_the_right_password_and_the_right_login_opens_the_api()
    {
        var cookies = new CookieContainer();
        using var http = NewClient(cookies);
        // An unknown name is locked like a real one (probing names gains nothing); giamsat itself stays usable for the other tests.
        for (var i = 0; i < 4; i++)
            Assert.EndsWith("?error=invalid", await LoginAsync(http, "khach", "doan-" + i), StringComparison.Ordinal);
        Assert.EndsWith("?error=locked", await LoginAsync(http, "khach", "doan-4"), StringComparison.Ordinal); // the 5th failure locks
        Assert.EndsWith("?error=locked", await LoginAsync(http, "khach", "doan-5"), StringComparison.Ordinal);

        Assert.Equal("/board", await LoginAsync(http, BoardHubFixture.UserName, BoardHubFixture.Password));
        using var api = await http.GetAsync("/board/api/snapshot");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"counters\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private static Task<string> LoginAsync(HttpClient http, string userName, string password) =>
        FormLogin.LoginAsync(http, "/board/login", userName, password);
}
