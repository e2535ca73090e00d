using System.Text.Json;
using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>A small commit's poke carries the commit itself — exactly what a pull from the previous head returns.</summary>
public sealed class HubInlinePokeTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private static readonly NodeIdentity Counter1 = TestNodes.Identity(TestNodes.Counter1);
    private static readonly NodeIdentity Board = TestNodes.Identity(TestNodes.Board);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_small_commit_pokes_with_every_change_a_pull_from_the_previous_head_returns(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var first = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(Guid.NewGuid(), 1)), default);
        var ticket = Guid.NewGuid();

        var second = await engine.PushAsync(Counter1, outbox.Push(outbox.Issue(ticket, 2), outbox.Call(ticket, 1)), default);

        var poke = Assert.IsType<PokeScopes>(pokes.Pokes[^1].Scopes);
        Assert.Equal(second.HubVersion, pokes.Pokes[^1].Version);
        Assert.Equal(first.HubVersion, poke.FromVersion);
        Assert.True(poke.HubClock > 0);
        var pulled = await engine.PullAsync(Board, new PullRequest(SyncProtocol.Version, TestNodes.Board, first.HubVersion, 1000), default);
        Assert.NotNull(poke.Changes);
        Assert.Equal(Describe(pulled.Changes), Describe(poke.Changes));
        Assert.Equal(Enumerable.Range(1, (int)(second.HubVersion - first.HubVersion)).Select(i => first.HubVersion + i), poke.Changes.Select(c => c.Version));
    }

    [Fact]
    public async Task A_commit_too_big_for_a_poke_pokes_without_content()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        // Each issue writes two entities: this commit has more changes than a poke carries.
        var issues = Enumerable.Range(1, PokeScopes.MaxInlineChanges / 2 + 1).Select(i => outbox.Issue(Guid.NewGuid(), i)).ToArray();

        var response = await engine.PushAsync(Counter1, outbox.Push(issues), default);

        var (scopes, version) = Assert.Single(pokes.Pokes);
        Assert.Equal(response.HubVersion, version);
        Assert.Null(Assert.IsType<PokeScopes>(scopes).Changes);
        Assert.Equal(["center"], scopes);
    }

    [Fact]
    public async Task Refused_mutations_add_nothing_to_the_poke()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var outbox = new OutboxBuilder(TestNodes.Counter1, _time);
        var ticket = Guid.NewGuid();

        // The call of an unknown ticket is refused; the issue after it is applied.
        var response = await engine.PushAsync(Counter1, outbox.Push(outbox.Call(Guid.NewGuid(), 1), outbox.Issue(ticket, 1)), default);

        var poke = Assert.IsType<PokeScopes>(Assert.Single(pokes.Pokes).Scopes);
        Assert.Equal(0, poke.FromVersion);
        Assert.Equal(response.HubVersion, poke.Changes!.Count);
        Assert.Contains(poke.Changes, c => c.EntityId == ticket.ToString("D"));
    }

    private static List<string> Describe(IEnumerable<EntityChange> changes) =>
        [.. changes.Select(c => $"{c.Version}/{c.EntityType}/{c.EntityId}/{c.Scope}/{(c.Data is { } d ? JsonSerializer.Serialize(d) : "null")}")];
}
