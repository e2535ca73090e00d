using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class HubMutationIssuerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Hub_changes_are_chained_mutations_of_the_built_in_node_and_reach_a_nodes_pull()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pokes = new RecordingPokeSender();
        var engine = db.CreateEngine(_time, pokes: pokes);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);

        var first = await issuer.IssueAsync(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", 1, OutboxBuilder.Day), "admin", default);
        var second = await issuer.IssueAsync(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", 2, OutboxBuilder.Day), "admin", default);

        Assert.True(second.Version > first.Version);
        await using (var context = db.NewContext())
        {
            var applied = await context.AppliedMutations.AsNoTracking()
                .Where(m => m.NodeId == HubMutationIssuer.HubNodeId).OrderBy(m => m.MutationId).ToListAsync();
            Assert.Equal([1L, 2L], applied.Select(m => m.MutationId));
            Assert.Equal(applied[0].Hash, applied[1].PreviousHash);
        }

        Assert.Equal(2, pokes.Pokes.Count);
        var pull = await engine.PullAsync(TestNodes.Identity(TestNodes.Counter1),
            new PullRequest(SyncProtocol.Version, TestNodes.Counter1, 0, 100), default);
        Assert.Equal(2, pull.Changes.Count(c => c.EntityType == TicketEntityTypes.Ticket));
        Assert.True(VerifyIntact(await engine.VerifyChangeLogAsync(default)));
    }

    [Fact]
    public async Task A_refused_hub_change_throws_with_the_domain_code_and_stores_nothing_but_the_refusal()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        var issuer = new HubMutationIssuer(engine, db.Contexts, _time);

        var error = await Assert.ThrowsAsync<HubMutationRejectedException>(() => issuer.IssueAsync(TicketMutationTypes.Call,
            new TicketCounterPayload(Guid.NewGuid(), 1), "admin", default));

        Assert.Equal(TicketMutationTypes.Call, error.Type);
        Assert.False(string.IsNullOrEmpty(error.ReasonCode));
        await using var context = db.NewContext();
        Assert.Equal(0, await context.ChangeLog.CountAsync());
        // The refusal still counts as applied: the next Hub change continues the chain.
        await issuer.IssueAsync(TicketMutationTypes.Issue, new IssueTicketPayload(Guid.NewGuid(), "A", 1, OutboxBuilder.Day), "admin", default);
        Assert.Equal(2, await context.AppliedMutations.CountAsync(m => m.NodeId == HubMutationIssuer.HubNodeId));
    }

    [Fact]
    public async Task Two_hub_instances_issuing_at_once_keep_one_gapless_chain()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        // Two issuers over one database behave like two Hub instances behind a load balancer.
        var first = new HubMutationIssuer(engine, db.Contexts, _time);
        var second = new HubMutationIssuer(db.CreateEngine(_time), db.Contexts, _time);

        var issued = Enumerable.Range(1, 20).Select(n => Task.Run(() => (n % 2 == 0 ? first : second).IssueAsync(TicketMutationTypes.Issue,
            new IssueTicketPayload(Guid.NewGuid(), "A", n, OutboxBuilder.Day), "admin", default)));
        await Task.WhenAll(issued);

        await using var context = db.NewContext();
        var ids = await context.AppliedMutations.AsNoTracking().Where(m => m.NodeId == HubMutationIssuer.HubNodeId)
            .OrderBy(m => m.MutationId).Select(m => m.MutationId).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), ids);
        Assert.True((await engine.VerifyChangeLogAsync(default)).IsIntact);
    }

    [Fact]
    public async Task Nobody_can_authenticate_as_the_hub()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);

        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(HubMutationIssuer.HubNodeId, "", default));
        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(HubMutationIssuer.HubNodeId, "dev-key-hub-change-me-0000", default));
    }

    private static bool VerifyIntact(LogVerification verification) => verification.IsIntact;
}
