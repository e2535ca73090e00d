using CounterNode.Node.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>
/// A node whose key the real Hub refuses: the SignalR handshake succeeds (the Hub checks the key
/// in <c>OnConnectedAsync</c>, after it), so only the refused <c>Subscribed</c> call shows the
/// failure. The listener must then back off like any failed connect — on its clock, here a fake
/// one — instead of reopening the connection at once, forever.
/// </summary>
public sealed class PokeListenerRefusedKeyTests(HubSyncFixture hub) : IClassFixture<HubSyncFixture>
{
    [Fact]
    public async Task A_refused_key_is_never_connected_and_retries_only_when_its_backoff_has_passed()
    {
        var time = new FakeTimeProvider();
        var policy = new UnlimitedRetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
        var listener = new PokeListener(hub.BaseAddress, new HubCredentials(HubSyncFixture.Counter2, "not-the-key"), new SyncTrigger(),
            policy, time, NullLogger<PokeListener>.Instance);
        using var stop = new CancellationTokenSource();
        var running = listener.RunAsync(stop.Token);

        await EventuallyAsync(() => listener.ConnectAttempts == 1);
        // Real time passes, the fake clock does not: no second attempt, never connected.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, listener.ConnectAttempts);
        Assert.False(listener.IsConnected);

        // Once the clock passes the backoff, it tries again (and is refused again).
        await EventuallyAsync(() => listener.ConnectAttempts >= 2, () => time.Advance(policy.MaxDelay));
        Assert.False(listener.IsConnected);

        // The Hub says which node to check, and never the key it was sent.
        var warning = await hub.Hub.WaitForLineAsync(l => l.Contains("Poke connection of counter-02 from 127.0.0.1 refused", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("not-the-key", hub.Hub.Output(), StringComparison.Ordinal);
        Assert.Contains("wrong key", warning, StringComparison.Ordinal);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(running.IsCompletedSuccessfully);
    }

    private static async Task EventuallyAsync(Func<bool> condition, Action? meanwhile = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the listener did not reach the expected state");
            meanwhile?.Invoke();
            await Task.Delay(20);
        }
    }
}
