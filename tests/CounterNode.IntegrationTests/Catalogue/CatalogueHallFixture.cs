using System.Net;
using System.Text.RegularExpressions;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>
/// A real Hub process (repository appsettings: seeds the sample catalogue on first start, demo
/// supervisor <c>giamsat</c>) and a real counter node (counter-01) syncing with it. The node's
/// timer pull is set to a minute, so a change that reaches it within seconds came by the poke.
/// </summary>
public sealed partial class CatalogueHallFixture : IAsyncLifetime
{
    public const string UserName = "giamsat";
    public const string Password = "giamsat";

    private readonly string _root = Directory.CreateTempSubdirectory("cn-catalogue-").FullName;

    public AppProcess Hub { get; private set; } = null!;

    public AppProcess Node { get; private set; } = null!;

    public Uri HubAddress { get; private set; } = null!;

    public Uri NodeAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        HubAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        Hub = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "hub"), [$"--Urls={HubAddress}"]);
        await Hub.WaitForHttpAsync(new Uri(HubAddress, "/health"), TimeSpan.FromSeconds(60));

        NodeAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        Node = AppProcess.Start(AppKind.Node, Path.Combine(_root, "node"),
        [
            $"--Urls={NodeAddress}",
            "--Node:NodeId=counter-01",
            $"--Node:HubUrl={HubAddress}",
            $"--Node:DataDirectory={Path.Combine(_root, "node", "data")}",
            "--Node:Sync:PullInterval=00:01:00",
        ]);
        await Node.WaitForHttpAsync(new Uri(NodeAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { Node, Hub })
        {
            if (app is null)
                continue;
            await app.StopAsync(TimeSpan.FromSeconds(30));
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    /// <summary>A client of the Hub logged in as the demo supervisor.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = HubAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var html = await http.GetStringAsync("/board/login");
        var token = TokenField().Match(html);
        Assert.True(token.Success, "The login page carries an anti-forgery field.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["userName"] = UserName,
            ["password"] = Password,
        });
        using var response = await http.PostAsync("/board/login", form);
        Assert.Equal("/board", response.Headers.Location!.OriginalString);
        return http;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex TokenField();
}
