using System.Net;
using System.Net.Http.Json;

namespace CounterNode.CitizenSimulator;

/// <summary>HTTP to one node, with its own cookies (the console session is per counter).</summary>
internal sealed class NodeClient : IDisposable
{
    private readonly HttpClient _http;

    public NodeClient(Uri address)
    {
        Address = address;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public Uri Address { get; }

    public async Task<ApiAnswer> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return await ApiAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ApiAnswer> PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body ?? new { }, cancellationToken).ConfigureAwait(false);
        return await ApiAnswer.ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();
}
