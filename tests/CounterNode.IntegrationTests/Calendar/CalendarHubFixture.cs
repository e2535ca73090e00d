using System.Net;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Calendar;

/// <summary>A real Hub process (repository appsettings: sample catalogue, demo supervisor <c>giamsat</c>) for the calendar page and API.</summary>
public sealed class CalendarHubFixture() : HubProcessFixture("cn-calendar-")
{
    public const string UserName = "giamsat";
    public const string Password = "giamsat";

    /// <summary>A client of the Hub logged in as the demo supervisor.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Assert.Equal("/board", await FormLogin.LoginAsync(http, "/board/login", UserName, Password));
        return http;
    }
}
