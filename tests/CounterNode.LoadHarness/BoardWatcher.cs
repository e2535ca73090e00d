using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.LoadHarness;

/// <summary>
/// One screen watching the Hub over SignalR as a browser does: a supervisor's board (logged in
/// through the real login form, cookie and anti-forgery token) or the public hall display. Records
/// when each call (ticket label + counter) first appears in what it is sent.
/// </summary>
internal sealed partial class BoardWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _expected = new();

    private BoardWatcher(HubConnection connection) => _connection = connection;

    public static async Task<BoardWatcher> ConnectBoardAsync(Uri hub, string userName, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using (var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = hub })
        {
            var page = await http.GetStringAsync(new Uri("/board/login", UriKind.Relative), cancellationToken);
            var field = HiddenInput().Match(page);
            if (!field.Success)
                throw new InvalidOperationException("The login page has no anti-forgery field.");
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(field.Groups["name"].Value)] = WebUtility.HtmlDecode(field.Groups["value"].Value),
                ["UserName"] = userName,
                ["Password"] = password,
            });
            using var response = await http.PostAsync(new Uri("/board/login", UriKind.Relative), form, cancellationToken);
            if (response.Headers.Location?.OriginalString != "/board")
                throw new InvalidOperationException($"Board login failed ({(int)response.StatusCode} → {response.Headers.Location}).");
        }

        var watcher = new BoardWatcher(new HubConnectionBuilder().WithUrl(new Uri(hub, "/hubs/board"), o => o.Cookies = cookies).Build());
        watcher._connection.On<JsonElement>("Board", b => watcher.Seen(b.GetProperty("calls")));
        await watcher._connection.StartAsync(cancellationToken);
        return watcher;
    }

    public static async Task<BoardWatcher> ConnectHallAsync(Uri hub, CancellationToken cancellationToken)
    {
        var watcher = new BoardWatcher(new HubConnectionBuilder().WithUrl(new Uri(hub, "/hubs/hall")).Build());
        watcher._connection.On<JsonElement>("Hall", h => watcher.Seen(h.GetProperty("lastCallPerCounter")));
        await watcher._connection.StartAsync(cancellationToken);
        return watcher;
    }

    /// <summary>Completes (with the Stopwatch timestamp) when the call first shows.</summary>
    public Task<long> ExpectAsync(string ticket, int counter) =>
        _expected.GetOrAdd(Key(ticket, counter), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(string ticket, int counter) => _expected.TryRemove(Key(ticket, counter), out _);

    private void Seen(JsonElement calls)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var call in calls.EnumerateArray())
        {
            if (_expected.TryGetValue(Key(call.GetProperty("ticket").GetString()!, call.GetProperty("counter").GetInt32()), out var waiting))
                waiting.TrySetResult(now);
        }
    }

    private static string Key(string ticket, int counter) => ticket + "@" + counter.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
