using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.VirtualDisplay;

namespace CounterNode.IntegrationTests.Rotation;

/// <summary>
/// A real Hub process (catalogue seeded from the shipped sample center: counter 3 shared by SXD
/// and SGTVT, counter 4 by STNMT and SLDTBXH) and the real node of shared counter 3 with a DM-D
/// pole display on a virtual display over TCP, all on loopback.
/// </summary>
public sealed partial class RotationHallFixture() : HubProcessFixture("cn-rotation-")
{
    public const string Supervisor = "giamsat";
    public const string SupervisorPassword = "giamsat";

    public AppProcess Node { get; private set; } = null!;

    public Uri HubAddress => BaseAddress;

    public Uri NodeAddress { get; private set; } = null!;

    public VirtualDisplayServer Display { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Display = new VirtualDisplayServer(new VirtualDisplayState(), 0);
        Display.Start();
        await base.InitializeAsync();

        var port = FreePort.Next();
        NodeAddress = new Uri($"http://127.0.0.1:{port}");
        var dir = Path.Combine(Root, "counter-03");
        Node = AppProcess.Start(AppKind.Node, dir,
        [
            $"--Urls={NodeAddress}",
            "--Node:NodeId=counter-03",
            "--Node:Role=Counter",
            "--Node:CounterNumber=3",
            "--Node:Key=dev-key-counter-03-change-me",
            $"--Node:HubUrl={HubAddress.ToString().TrimEnd('/')}",
            $"--Node:DataDirectory={Path.Combine(dir, "data")}",
            "--Node:Sync:PullInterval=00:00:30", // long on purpose: the change must arrive by the Hub's poke, not by polling
            "--Node:Sync:ReconnectMaxDelay=00:00:01",
            "--Display:Kind=DmD",
            $"--Display:Port=127.0.0.1:{Display.Port}",
        ]);
        await Node.WaitForHttpAsync(new Uri(NodeAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    public override async Task DisposeAsync()
    {
        // Null when InitializeAsync failed before the node's start.
        if (Node is not null)
            await Node.DisposeAsync();
        await base.DisposeAsync();
        await Display.DisposeAsync();
    }

    /// <summary>A logged-in supervisor's HTTP client for the Hub (cookie login with the anti-forgery token, as a browser does).</summary>
    public async Task<SupervisorClient> SupervisorAsync()
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = HubAddress, Timeout = TimeSpan.FromSeconds(30) };
        var client = new SupervisorClient(http);
        var location = await client.PostFormAsync("/board/login", "/board/login", [new("userName", Supervisor), new("password", SupervisorPassword)]);
        Assert.Equal("/board", location);
        return client;
    }

    /// <summary>The prefixes of the services the counter's console calls now (signs the demo officer in).</summary>
    public async Task<IReadOnlyList<string>> CounterServicesAsync(HttpClient console)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var state = await console.GetAsync("/api/console/state");
        if (state.StatusCode == HttpStatusCode.Unauthorized)
        {
            using var signIn = await console.PostAsJsonAsync("/api/console/sign-in", new { officerId = "cb01", pin = "1234" });
            signIn.EnsureSuccessStatusCode();
            return await CounterServicesAsync(console);
        }

        state.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await state.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("queues").EnumerateArray().Select(q => q.GetProperty("prefix").GetString()!).Order(StringComparer.Ordinal)];
    }

    /// <summary>A client for the node's loopback console (keeps its session cookie).</summary>
    public HttpClient NewConsoleClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = NodeAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Polls until <paramref name="condition"/> holds; the message carries both processes' output on failure.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }

        Assert.Fail($"{what} did not happen within {timeout}.\n--- hub ---\n{Tail(Hub)}\n--- node ---\n{Tail(Node)}");
    }

    private static string Tail(AppProcess app) => string.Join('\n', app.Lines.TakeLast(40));

    /// <summary>The supervisor's HTTP session at the Hub.</summary>
    public sealed partial class SupervisorClient(HttpClient http) : IDisposable
    {
        public HttpClient Http { get; } = http;

        /// <summary>Fetches <paramref name="pagePath"/> for its anti-forgery token, posts the form to <paramref name="action"/>, returns the redirect target.</summary>
        public async Task<string> PostFormAsync(string pagePath, string action, IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            ArgumentNullException.ThrowIfNull(fields);
            var html = await Http.GetStringAsync(pagePath);
            var token = FormLogin.HiddenTokenField().Match(html);
            Assert.True(token.Success, $"{pagePath} carries an anti-forgery field.");
            using var form = new FormUrlEncodedContent([new(token.Groups["name"].Value, WebUtility.HtmlDecode(token.Groups["value"].Value)), .. fields]);
            using var response = await Http.PostAsync(action, form);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return response.Headers.Location!.OriginalString;
        }

        /// <summary>Ids of counter <paramref name="counter"/>'s schedule entries as the editor lists them.</summary>
        public async Task<IReadOnlyList<string>> EntryIdsAsync(int counter)
        {
            var html = await Http.GetStringAsync("/admin/rotation");
            var start = html.IndexOf($"data-counter=\"{counter}\"", StringComparison.Ordinal);
            var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
            return [.. EntryRow().Matches(html[start..end]).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))];
        }

        public void Dispose() => Http.Dispose();

        [GeneratedRegex("<tr data-entry=\"(?<id>[^\"]+)\">")]
        private static partial Regex EntryRow();
    }
}
