using System.Net;
using System.Text.RegularExpressions;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// Logs in to a Hub cookie-login page the way a browser does: fetches the login page (anti-forgery
/// cookie and hidden token field), posts the form, and returns where the Hub redirects. The client
/// must keep cookies and must not follow redirects.
/// </summary>
public static partial class FormLogin
{
    /// <summary>Posts <paramref name="userName"/>/<paramref name="password"/> to <paramref name="loginPath"/> (e.g. <c>/board/login</c>).</summary>
    /// <returns>The redirect target (e.g. <c>/board</c>, or the login page with <c>?error=invalid</c>).</returns>
    public static async Task<string> LoginAsync(HttpClient http, string loginPath, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(http);
        var html = await http.GetStringAsync(loginPath);
        var token = HiddenTokenField().Match(html);
        Assert.True(token.Success, "The login page carries an anti-forgery field.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["userName"] = userName,
            ["password"] = password,
        });
        using var response = await http.PostAsync(loginPath, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The hidden anti-forgery input of the Hub's pages.</summary>
    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    public static partial Regex HiddenTokenField();
}
