using System.Threading.Channels;
using CounterNode.Shared.Sync;
using Microsoft.AspNetCore.SignalR.Client;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>SignalR pokes from the real Hub process to a real SignalR client over loopback.</summary>
public sealed class HubPokeTests(HubSyncFixture hub) : IClassFixture<HubSyncFixture>
{
    private HubConnection Connect(string node, string key) => PokeTestClient.Build(hub.BaseAddress, node, key);

    [Fact]
    public async Task A_commit_pokes_the_nodes_that_see_its_scope_with_the_new_version()
    {
        var pokes = Channel.CreateUnbounded<SyncPoke>();
        var (listener, scopes) = await PokeTestClient.ListenAsync(hub.BaseAddress, HubSyncFixture.Counter2, HubSyncFixture.KeyOf(HubSyncFixture.Counter2), pokes);
        await using var _ = listener;
        Assert.Equal(["center", "counter:2", "dept:SKHDT"], scopes);

        using var http = hub.Client(HubSyncFixture.Counter1);
        using var response = await http.PostAsync(SyncProtocol.PushPath, HubSyncFixture.Gzip(hub.Outbox1.Push(hub.Outbox1.Issue(400))));
        response.EnsureSuccessStatusCode();
        var version = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<PushResponse>(response.Content, SyncJson.Options))!.HubVersion;

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var poke = await pokes.Reader.ReadAsync(timeout.Token);
        Assert.Equal(version, poke.Version);
    }

    [Fact]
    public async Task A_connection_with_a_wrong_key_gets_no_pokes()
    {
        await using var intruder = Connect(HubSyncFixture.Counter2, "wrong-key");
        var closed = new TaskCompletionSource();
        intruder.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        try
        {
            await intruder.StartAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
        {
            closed.TrySetResult();
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HubConnectionState.Disconnected, intruder.State);
    }
}
