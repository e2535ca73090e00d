using System.Net.Http.Json;
using System.Threading.Channels;
using CounterNode.IntegrationTests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>Two Hub processes on one database with the Redis backplane: a push to one pokes a node connected to the other.</summary>
public sealed class HubRedisBackplaneTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cn-hub-redis-").FullName;

    [HubRedisFact]
    public async Task A_push_to_one_hub_pokes_a_node_connected_to_the_other()
    {
        var redis = Environment.GetEnvironmentVariable("CN_TEST_REDIS")
            ?? throw new InvalidOperationException("CN_TEST_REDIS is required in CI (scripts/test-services.sh).");
        var database = Path.Combine(_root, "shared", "hub.db");
        Uri a = new($"http://127.0.0.1:{FreePort.Next()}"), b = new($"http://127.0.0.1:{FreePort.Next()}");
        string[] Args(Uri url) => [$"--Urls={url}", $"--Hub:Redis={redis}", $"--Hub:ConnectionString=Data Source={database}"];
        await using var hubA = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "a"), Args(a));
        await hubA.WaitForHttpAsync(new Uri(a, "/health"), TimeSpan.FromSeconds(60));
        await using var hubB = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "b"), Args(b));
        await hubB.WaitForHttpAsync(new Uri(b, "/health"), TimeSpan.FromSeconds(60));

        var pokes = Channel.CreateUnbounded<SyncPoke>();
        var (listener, _) = await PokeTestClient.ListenAsync(b, HubSyncFixture.Counter2, HubSyncFixture.KeyOf(HubSyncFixture.Counter2), pokes);
        await using var connection = listener;

        var outbox = new HubTestOutbox(HubSyncFixture.Counter1);
        using var http = new HttpClient { BaseAddress = a };
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeIdHeader, HubSyncFixture.Counter1);
        http.DefaultRequestHeaders.Add(SyncProtocol.NodeKeyHeader, HubSyncFixture.KeyOf(HubSyncFixture.Counter1));
        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(outbox.Push(outbox.Issue(1))));
        response.EnsureSuccessStatusCode();
        var version = (await response.Content.ReadFromJsonAsync<PushResponse>(SyncJson.Options))!.HubVersion;

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal(version, (await pokes.Reader.ReadAsync(timeout.Token)).Version);
        Assert.True(version > 0);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
