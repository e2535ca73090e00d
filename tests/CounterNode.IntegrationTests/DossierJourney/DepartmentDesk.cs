using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.DossierJourney;

/// <summary>
/// The Sở Tư pháp at the Hub's department page, driven over HTTP as its page script does: cookie
/// login with the anti-forgery form field, then JSON decisions carrying the page's anti-forgery
/// token in the <c>RequestVerificationToken</c> header.
/// </summary>
internal sealed partial class DepartmentDesk : IDisposable
{
    /// <summary>Demo account of the repository's Hub appsettings.json (department STP).</summary>
    public const string UserName = "sotuphap";
    public const string Password = "sotuphap";

    private readonly HttpClient _http;
    private readonly string _token;

    private DepartmentDesk(HttpClient http, string token)
    {
        _http = http;
        _token = token;
    }

    public static async Task<DepartmentDesk> LoginAsync(Uri hub)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = hub,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Assert.Equal("/department", await FormLogin.LoginAsync(http, "/department/login", UserName, Password));
        var page = await http.GetStringAsync("/department");
        var token = PageToken().Match(page);
        Assert.True(token.Success, "The department page carries its anti-forgery token.");
        return new DepartmentDesk(http, WebUtility.HtmlDecode(token.Groups["token"].Value));
    }

    /// <summary>The department's transferred dossiers (with applicant names: the owning department only).</summary>
    public async Task<JsonElement> ListAsync()
    {
        using var response = await _http.GetAsync("/department/api/dossiers");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The state (kebab-case) of <paramref name="code"/> in the department's list, or null when not listed.</summary>
    public async Task<string?> StateOfAsync(string code)
    {
        foreach (var dossier in (await ListAsync()).GetProperty("dossiers").EnumerateArray())
        {
            if (dossier.GetProperty("code").GetString() == code)
                return dossier.GetProperty("state").GetString();
        }

        return null;
    }

    /// <summary>Posts one decision (<c>start-processing</c>, <c>request-supplement</c>, <c>result-ready</c>…).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ActAsync(string code, string action, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/department/api/dossiers/{Uri.EscapeDataString(code)}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        request.Headers.Add("RequestVerificationToken", _token);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A decision that must succeed.</summary>
    public async Task<JsonElement> DoAsync(string code, string action, object? body = null)
    {
        var (status, answer) = await ActAsync(code, action, body);
        Assert.True(status == HttpStatusCode.OK, $"{action} of {code} answered {(int)status}: {answer}");
        return answer;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<meta name=\"antiforgery\" content=\"(?<token>[^\"]*)\">")]
    private static partial Regex PageToken();
}
