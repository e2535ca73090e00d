using System.Text.Json;
using CounterNode.Shared.Devices;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Shared.Tests.Devices;

public sealed class DeviceStatusMutatorTests
{
    private const long T0 = 1_795_000_000_000;

    [Fact]
    public void A_report_is_stored_under_the_reporting_node_in_the_center_scope()
    {
        var store = new Dictionary<(string, string), SessionEntity>();
        var writes = Apply(store, "counter-02", T0, new DeviceStatusPayload("printer", "paper-low", "paper-near-end"));

        var write = Assert.Single(writes);
        Assert.Equal(DeviceStatusEntity.EntityType, write.Type);
        Assert.Equal("counter-02:printer", write.Id);
        Assert.Equal("center", write.Scope);
        var state = JsonSerializer.Deserialize<DeviceStatusEntity>(write.Data!.Value, MutatorJson.Options)!;
        Assert.Equal(new DeviceStatusEntity("counter-02", "printer", "paper-low", "paper-near-end", HybridTimestamp.Create(T0, 0).Value), state);
    }

    [Fact]
    public void An_older_report_replayed_late_does_not_overwrite_a_newer_one()
    {
        var store = new Dictionary<(string, string), SessionEntity>();
        Commit(store, Apply(store, "counter-01", T0 + 5_000, new DeviceStatusPayload("display", "offline", "unreachable")));

        Assert.Empty(Apply(store, "counter-01", T0, new DeviceStatusPayload("display", "ok")));
        Assert.Empty(Apply(store, "counter-01", T0 + 5_000, new DeviceStatusPayload("display", "ok")));
        Assert.Single(Apply(store, "counter-01", T0 + 9_000, new DeviceStatusPayload("display", "ok")));
    }

    [Fact]
    public void A_node_reports_only_its_own_devices()
    {
        var store = new Dictionary<(string, string), SessionEntity>();
        Commit(store, Apply(store, "counter-01", T0, new DeviceStatusPayload("printer", "paper-out")));
        var write = Assert.Single(Apply(store, "counter-02", T0 + 1_000, new DeviceStatusPayload("printer", "ok")));
        Assert.Equal("counter-02:printer", write.Id);
    }

    [Theory]
    [InlineData("toaster", "ok", null)]
    [InlineData("printer", "on-fire", null)]
    [InlineData(null, "ok", null)]
    [InlineData("scanner", null, null)]
    public void Unknown_devices_or_states_are_refused_and_nothing_is_written(string? device, string? state, string? detail)
    {
        var store = new Dictionary<(string, string), SessionEntity>();
        var session = new BufferedEntitySession((t, i) => store.GetValueOrDefault((t, i)));
        var payload = MutatorJson.ToElement(new { device, state, detail });

        var ex = Assert.Throws<InvalidMutationPayloadException>(() => new DeviceStatusMutator().Apply(Context("counter-01", T0), payload, session));
        Assert.Equal(DeviceStatusMutator.MutationType, ex.Type);
        Assert.Empty(session.Writes);
    }

    [Fact]
    public void A_detail_longer_than_the_limit_is_refused()
    {
        var session = new BufferedEntitySession((_, _) => null);
        var payload = MutatorJson.ToElement(new DeviceStatusPayload("printer", "error", new string('x', DeviceStatusValues.MaxDetailLength + 1)));
        Assert.Throws<InvalidMutationPayloadException>(() => new DeviceStatusMutator().Apply(Context("counter-01", T0), payload, session));
        Assert.Empty(session.Writes);
    }

    [Fact]
    public void Whatever_order_reports_arrive_in_the_stored_state_is_the_latest_one()
    {
        var states = DeviceStatusValues.States.ToArray();
        Gen.Select(Gen.Int[0, states.Length - 1], Gen.Long[0, 100_000]).Array[1, 12].Sample(reports =>
        {
            var store = new Dictionary<(string, string), SessionEntity>();
            // Distinct hybrid times (the order of colliding reports at one node is its outbox order anyway).
            var distinct = reports.DistinctBy(r => r.Item2).ToArray();
            foreach (var (state, offset) in distinct)
                Commit(store, Apply(store, "kiosk-01", T0 + offset, new DeviceStatusPayload("printer", states[state])));
            var latest = distinct.MaxBy(r => r.Item2);
            var stored = JsonSerializer.Deserialize<DeviceStatusEntity>(store[(DeviceStatusEntity.EntityType, "kiosk-01:printer")].Data, MutatorJson.Options)!;
            return stored.State == states[latest.Item1];
        });
    }

    private static IReadOnlyList<EntityWrite> Apply(Dictionary<(string, string), SessionEntity> store, string node, long ms, DeviceStatusPayload payload)
    {
        var session = new BufferedEntitySession((t, i) => store.GetValueOrDefault((t, i)));
        new DeviceStatusMutator().Apply(Context(node, ms), MutatorJson.ToElement(payload), session);
        return session.Writes;
    }

    private static void Commit(Dictionary<(string, string), SessionEntity> store, IReadOnlyList<EntityWrite> writes)
    {
        foreach (var w in writes)
            store[(w.Type, w.Id)] = new SessionEntity(w.Type, w.Id, w.Scope, w.Data!.Value);
    }

    private static MutationContext Context(string node, long ms) =>
        new(node, 1, Guid.CreateVersion7(), HybridTimestamp.Create(ms, 0), null, IsAuthoritative: true);
}
