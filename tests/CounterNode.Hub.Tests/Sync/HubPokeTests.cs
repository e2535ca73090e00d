using CounterNode.Hub.Configuration;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class HubPokeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_commit_pokes_exactly_the_scopes_it_changed_with_the_new_version()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);

        var response = await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(outbox.Issue(Guid.NewGuid(), 1, scope: "dept:STP")), default);

        var (scopes, version) = Assert.Single(pokes.Pokes);
        Assert.Equal(["center", "dept:STP"], scopes.Order(StringComparer.Ordinal));
        Assert.Equal(response.HubVersion, version);
    }

    [Fact]
    public async Task A_push_that_changes_nothing_pokes_nobody()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);

        var response = await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(outbox.Call(Guid.NewGuid(), 1)), default);

        Assert.Equal(MutationStatus.Rejected, Assert.Single(response.Outcomes).Status);
        Assert.Empty(pokes.Pokes);
    }

    [Fact]
    public async Task A_failing_poke_does_not_fail_the_committed_push()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time, pokes: new RecordingPokeSender(fail: true));
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);

        var response = await engine.PushAsync(TestNodes.Identity(TestNodes.Counter1), outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);

        Assert.Equal(1, response.LastApplied);
        Assert.Equal(MutationStatus.Applied, Assert.Single(response.Outcomes).Status);
    }
}
