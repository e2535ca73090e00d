using System.Net;
using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Catalogue;

/// <summary>
/// A real Hub process (repository appsettings: seeds the sample catalogue on first start, demo
/// supervisor <c>giamsat</c>) and a real counter node (counter-01) syncing with it. The node's
/// timer pull is set to a minute, so a change that reaches it within seconds came by the poke.
/// </summary>
public sealed class CatalogueHallFixture() : HubProcessFixture("cn-catalogue-")
{
    public const string UserName = "giamsat";
    public const string Password = "giamsat";

    public AppProcess Node { get; private set; } = null!;

    public Uri HubAddress => BaseAddress;

    public Uri NodeAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        NodeAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        Node = AppProcess.Start(AppKind.Node, Path.Combine(Root, "node"),
        [
            $"--Urls={NodeAddress}",
            "--Node:NodeId=counter-01",
            $"--Node:HubUrl={HubAddress}",
            $"--Node:DataDirectory={Path.Combine(Root, "node", "data")}",
            "--Node:Sync:PullInterval=00:01:00",
        ]);
        await Node.WaitForHttpAsync(new Uri(NodeAddress, "/health"), TimeSpan.FromSeconds(60));
    }

    public override async Task DisposeAsync()
    {
        // Null when InitializeAsync failed before the node's start.
        if (Node is not null)
        {
            await Node.StopAsync(TimeSpan.FromSeconds(30));
            await Node.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A client of the Hub logged in as the demo supervisor.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = HubAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Assert.Equal("/board", await FormLogin.LoginAsync(http, "/board/login", UserName, Password));
        return http;
    }
}
