using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CounterNode.IntegrationTests.Demo;

/// <summary>HTTP to one node process with its own cookie jar (a console session is per counter).</summary>
internal sealed class NodeHttp : IDisposable
{
    private readonly HttpClient _http;

    public NodeHttp(Uri address)
    {
        Address = address;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
    }

    public Uri Address { get; }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object? body = null)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {Address}{path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public void Dispose() => _http.Dispose();
}
