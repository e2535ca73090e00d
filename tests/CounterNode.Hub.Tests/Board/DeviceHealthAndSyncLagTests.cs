using CounterNode.Hub.Board;
using CounterNode.Shared.Devices;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Tests.Board;

public sealed class DeviceHealthAndSyncLagTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Devices_needing_attention_come_first_then_by_node_and_device()
    {
        long At(int minutesAgo) => HybridTimestamp.Create((Now - TimeSpan.FromMinutes(minutesAgo)).ToUnixTimeMilliseconds(), 0).Value;
        var views = DeviceHealthProjection.Project(
        [
            new DeviceStatusEntity("counter-01", "printer", "ok", "ready", At(5)),
            new DeviceStatusEntity("kiosk-01", "printer", "paper-low", "paper-near-end", At(2)),
            new DeviceStatusEntity("counter-02", "scanner", "offline", "closed", At(1)),
            new DeviceStatusEntity("counter-01", "display", "ok", null, At(9)),
        ]);

        Assert.Equal(["counter-02:scanner", "kiosk-01:printer", "counter-01:display", "counter-01:printer"], views.Select(v => v.NodeId + ":" + v.Device));
        Assert.Equal([true, true, false, false], views.Select(v => v.NeedsAttention));
        Assert.Equal(Now - TimeSpan.FromMinutes(2), views[1].Since);
        Assert.Equal("paper-near-end", views[1].Detail);
    }

    [Fact]
    public void Sync_lag_is_the_head_minus_the_last_pull_and_a_node_that_only_pulls_is_online()
    {
        var ms = (DateTimeOffset at) => at.ToUnixTimeMilliseconds();
        var nodes = new[]
        {
            new NodeActivity("hall-01", [], 0, null, null) { LastPulledVersion = 95, LastPulledAtMs = ms(Now - TimeSpan.FromSeconds(10)) },
            new NodeActivity("counter-01", [], 7, ms(Now - TimeSpan.FromHours(1)), "cb01") { LastPulledVersion = 40, LastPulledAtMs = ms(Now - TimeSpan.FromHours(1)) },
            new NodeActivity("kiosk-01", [], 3, ms(Now), null),
        };

        var views = NodeProjection.Project(nodes, Now, TimeSpan.FromMinutes(2), headVersion: 100).ToDictionary(v => v.NodeId);

        Assert.Equal(5, views["hall-01"].SyncLag);
        Assert.True(views["hall-01"].Online);
        Assert.Equal(60, views["counter-01"].SyncLag);
        Assert.False(views["counter-01"].Online);
        Assert.Null(views["kiosk-01"].SyncLag); // never pulled: unknown, not zero
        Assert.True(views["kiosk-01"].Online);
        Assert.Equal(Now - TimeSpan.FromSeconds(10), views["hall-01"].LastPullAt);
    }
}
