using System.Text.Json;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class HubPushTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);
    private static readonly NodeIdentity Counter2 = TestNodes.Identity(TestNodes.Counter2);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Push_applies_mutations_and_writes_their_changes_to_the_log(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var ticket = Guid.NewGuid();

        var response = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(ticket, 1), outbox.Call(ticket, 1)), default);

        Assert.Equal(2, response.LastApplied);
        Assert.All(response.Outcomes, o => Assert.Equal(MutationStatus.Applied, o.Status));
        await using var c = db.NewContext();
        var versions = await c.ChangeLog.OrderBy(l => l.Version).Select(l => l.Version).ToListAsync();
        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
        Assert.Equal(response.HubVersion, versions[^1]);
        var entity = await c.Entities.SingleAsync(e => e.Type == TicketEntityTypes.Ticket);
        Assert.Contains("\"status\":\"called\"", entity.Data, StringComparison.Ordinal);
        Assert.Equal(2, await c.AppliedMutations.CountAsync(a => a.NodeId == TestNodes.Counter1 && a.Status == MutationStatus.Applied));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_retried_push_is_reported_as_duplicate_and_changes_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var push = outbox.Push(outbox.Issue(Guid.NewGuid(), 1), outbox.Issue(Guid.NewGuid(), 2));
        await engine.PushAsync(Counter1, push, default);
        var before = await StoredCounts.ReadAsync(db);

        var again = await engine.PushAsync(Counter1, push, default);

        Assert.All(again.Outcomes, o => Assert.Equal(MutationStatus.Duplicate, o.Status));
        Assert.Equal(2, again.LastApplied);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_batch_overlapping_applied_ids_applies_only_the_new_ones(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var m1 = outbox.Issue(Guid.NewGuid(), 1);
        var m2 = outbox.Issue(Guid.NewGuid(), 2);
        await engine.PushAsync(Counter1, outbox.Push(m1), default);

        var response = await engine.PushAsync(Counter1, outbox.Push(m1, m2), default);

        Assert.Equal([MutationStatus.Duplicate, MutationStatus.Applied], response.Outcomes.Select(o => o.Status));
        Assert.Equal(2, response.LastApplied);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_gap_in_mutation_ids_refuses_the_batch_and_stores_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);
        _ = outbox.Issue(Guid.NewGuid(), 2); // never pushed
        var m3 = outbox.Issue(Guid.NewGuid(), 3);
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<MutationGapException>(() => engine.PushAsync(Counter1, outbox.Push(m3), default));

        Assert.Equal((1L, 3L, 409), (ex.LastApplied, ex.First, ex.StatusCode));
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_refused_mutation_is_recorded_with_its_reason_and_counts_as_applied(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var unknownTicket = outbox.Call(Guid.NewGuid(), 1);
        var unknownType = outbox.Add("queue.teleport", new { counter = 1 });
        var good = outbox.Issue(Guid.NewGuid(), 5);

        var response = await engine.PushAsync(Counter1, outbox.Push(unknownTicket, unknownType, good), default);

        Assert.Equal(3, response.LastApplied);
        Assert.Equal(
            [(MutationStatus.Rejected, "ticket.not-found"), (MutationStatus.Rejected, UnknownMutationTypeException.ErrorCode), (MutationStatus.Applied, null)],
            response.Outcomes.Select(o => (o.Status, o.ReasonCode)));
        await using var c = db.NewContext();
        var stored = await c.AppliedMutations.OrderBy(a => a.MutationId).ToListAsync();
        Assert.Equal(MutationStatus.Rejected, stored[1].Status);
        Assert.Contains("queue.teleport", stored[1].Reason, StringComparison.Ordinal);
        Assert.Equal(3, (await c.Nodes.SingleAsync(n => n.NodeId == TestNodes.Counter1)).LastApplied);
        Assert.DoesNotContain(await c.ChangeLog.ToListAsync(), l => l.MutationId is 1 or 2);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_mutation_that_does_not_link_to_the_previous_one_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);
        var m2 = outbox.Issue(Guid.NewGuid(), 2);
        var forgedPrevious = new string('0', 64);
        var forged = m2 with
        {
            PreviousHash = forgedPrevious,
            Hash = MutationHasher.Compute(forgedPrevious, m2.NodeId, m2.MutationId, m2.Id, m2.Type, m2.Payload.GetRawText(), m2.Hlc, m2.Officer),
        };
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<HashChainBrokenException>(() => engine.PushAsync(Counter1, outbox.Push(forged), default));

        Assert.Equal(2, ex.MutationId);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_mutation_edited_after_hashing_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var m1 = outbox.Issue(Guid.NewGuid(), 1);
        var edited = m1 with { Payload = MutatorJson.ToElement(new IssueTicketPayload(Guid.NewGuid(), "A", 99, OutboxBuilder.Day)) };
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<MutationHashMismatchException>(() => engine.PushAsync(Counter1, outbox.Push(edited), default));

        Assert.Equal(422, ex.StatusCode);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_reused_mutation_id_with_other_content_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var original = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, original.Push(original.Issue(Guid.NewGuid(), 1)), default);
        var restored = new OutboxBuilder(TestNodes.Counter1, _time); // a node restored from an old backup
        var before = await StoredCounts.ReadAsync(db);

        await Assert.ThrowsAsync<HashChainBrokenException>(() => engine.PushAsync(Counter1, restored.Push(restored.Issue(Guid.NewGuid(), 7)), default));

        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_node_that_lost_its_database_may_restart_its_chain_with_an_empty_previous_hash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var original = new OutboxBuilder(TestNodes.Counter1, _time);
        await engine.PushAsync(Counter1, original.Push(original.Issue(Guid.NewGuid(), 1)), default);
        var rebuilt = new OutboxBuilder(TestNodes.Counter1, _time);
        _ = rebuilt.Add("skip", new { }); // burn id 1: the rebuilt node continues at lastApplied + 1
        var m2 = rebuilt.Issue(Guid.NewGuid(), 2);
        var restarted = m2 with
        {
            PreviousHash = string.Empty,
            Hash = MutationHasher.Compute(string.Empty, m2.NodeId, m2.MutationId, m2.Id, m2.Type, m2.Payload.GetRawText(), m2.Hlc, m2.Officer),
        };

        var response = await engine.PushAsync(Counter1, new PushRequest(SyncProtocol.Version, TestNodes.Counter1, [restarted]), default);

        Assert.Equal(MutationStatus.Applied, Assert.Single(response.Outcomes).Status);
        Assert.Equal(2, response.LastApplied);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_node_can_push_only_as_itself(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var other = new OutboxBuilder(TestNodes.Counter2, _time);
        var mine = new OutboxBuilder(TestNodes.Counter1, _time);
        var before = await StoredCounts.ReadAsync(db);

        var asOther = await Assert.ThrowsAsync<NodeMismatchException>(() => engine.PushAsync(Counter1, other.Push(other.Issue(Guid.NewGuid(), 1)), default));
        var smuggled = await Assert.ThrowsAsync<NodeMismatchException>(() =>
            engine.PushAsync(Counter1, new PushRequest(SyncProtocol.Version, TestNodes.Counter1, [mine.Issue(Guid.NewGuid(), 1), other.Issue(Guid.NewGuid(), 2)]), default));

        Assert.Equal(403, asOther.StatusCode);
        Assert.Equal(403, smuggled.StatusCode);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_batch_over_the_limit_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var mutations = Enumerable.Range(1, SyncProtocol.MaxPushMutations + 1).Select(i => outbox.Issue(Guid.NewGuid(), i)).ToArray();
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<BatchTooLargeException>(() => engine.PushAsync(Counter1, outbox.Push(mutations), default));

        Assert.Equal(413, ex.StatusCode);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_timestamp_too_far_ahead_of_the_hub_clock_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time, new HubSyncOptions { MaxClockDrift = TimeSpan.FromMinutes(15) });
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var ahead = HybridTimestamp.Create(_time.GetUtcNow().AddMinutes(16).ToUnixTimeMilliseconds(), 0);
        var okay = outbox.Issue(Guid.NewGuid(), 1);
        var future = outbox.Call(Guid.NewGuid(), 1, ahead);
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<ClockTooFarAheadException>(() => engine.PushAsync(Counter1, outbox.Push(okay, future), default));

        Assert.Equal((2L, 422), (ex.MutationId, ex.StatusCode));
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task An_unsupported_protocol_version_is_refused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var before = await StoredCounts.ReadAsync(db);

        var ex = await Assert.ThrowsAsync<UnsupportedProtocolVersionException>(() =>
            engine.PushAsync(Counter1, new PushRequest(99, TestNodes.Counter1, [outbox.Issue(Guid.NewGuid(), 1)]), default));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Colliding_calls_from_two_counters_are_resolved_and_recorded_as_a_conflict(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var c1 = new OutboxBuilder(TestNodes.Counter1, _time);
        var c2 = new OutboxBuilder(TestNodes.Counter2, _time);
        var ticket = Guid.NewGuid();
        await engine.PushAsync(Counter1, c1.Push(c1.Issue(ticket, 1)), default);
        var early = c1.Call(ticket, 1, HybridTimestamp.Create(_time.GetUtcNow().ToUnixTimeMilliseconds() - 60_000, 0));
        var late = c2.Call(ticket, 2, HybridTimestamp.Create(_time.GetUtcNow().ToUnixTimeMilliseconds() - 30_000, 0));

        await engine.PushAsync(Counter2, c2.Push(late), default);
        await engine.PushAsync(Counter1, c1.Push(early), default);

        await using var c = db.NewContext();
        var conflict = await c.Conflicts.SingleAsync();
        Assert.Equal("concurrent-call", JsonDocument.Parse(conflict.Data).RootElement.GetProperty("kind").GetString());
        Assert.Equal("concurrent-call", conflict.Kind);
        var ticketRow = await c.Entities.SingleAsync(e => e.Type == TicketEntityTypes.Ticket);
        var state = JsonSerializer.Deserialize<TicketEntity>(ticketRow.Data!, MutatorJson.Options)!;
        Assert.Equal(1, state.Call!.Counter);
    }
}
