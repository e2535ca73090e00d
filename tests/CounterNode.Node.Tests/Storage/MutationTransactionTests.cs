using System.Text.Json;
using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.Node.Tests.Storage;

public sealed class MutationTransactionTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task A_mutation_updates_the_view_and_the_outbox_together()
    {
        await using var replica = _replicas.Open();
        var ticket = Guid.NewGuid();

        var result = await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 7), "officer-1", CancellationToken.None);

        Assert.Equal(1, result.Mutation.MutationId);
        Assert.Equal("counter-01", result.Mutation.NodeId);
        Assert.Equal(string.Empty, result.Mutation.PreviousHash);
        Assert.Contains(result.Changes, c => c.Key == new EntityKey(TicketEntityTypes.Ticket, ticket.ToString("D")) && c.Origin == ChangeOrigin.Local);
        var stored = await replica.GetAsync(TicketEntityTypes.Ticket, ticket.ToString("D"), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.IsPending);
        Assert.Null(stored.Version);
        Assert.Equal(7, stored.Data.GetProperty("number").GetInt32());
        var outbox = await replica.ReadOutboxAsync(0, 10, long.MaxValue, CancellationToken.None);
        Assert.Equal(result.Mutation, outbox.Single() with { Payload = result.Mutation.Payload });
        Assert.Equal(result.Mutation.Payload.GetRawText(), outbox.Single().Payload.GetRawText());
    }

    [Fact]
    public async Task A_crash_before_commit_leaves_neither_the_view_nor_the_outbox_changed()
    {
        await using var replica = _replicas.Open();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None);
        var lost = Guid.NewGuid();
        replica.BeforeMutationCommit = () => throw new IOException("power cut");

        await Assert.ThrowsAsync<IOException>(() => replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(lost, 2), null, CancellationToken.None));

        replica.BeforeMutationCommit = null;
        Assert.Null(await replica.GetAsync(TicketEntityTypes.Ticket, lost.ToString("D"), CancellationToken.None));
        var state = await replica.GetSyncStateAsync(CancellationToken.None);
        Assert.Equal(1, state.LastMutationId);
        Assert.Equal(1, state.PendingCount);
        var next = await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 3), null, CancellationToken.None);
        Assert.Equal(2, next.Mutation.MutationId);
        Assert.True((await replica.VerifyOutboxAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task A_mutation_the_rules_refuse_changes_nothing()
    {
        await using var replica = _replicas.Open();
        var before = await replica.GetSyncStateAsync(CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<DomainException>(() =>
            replica.MutateAsync(TicketMutationTypes.Call, TestReplicas.Call(Guid.NewGuid(), 3), null, CancellationToken.None));

        Assert.Equal(before, await replica.GetSyncStateAsync(CancellationToken.None));
        Assert.Empty(await replica.QueryAsync(TicketEntityTypes.Ticket, null, CancellationToken.None));
        Assert.False(string.IsNullOrEmpty(error.Code));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public async Task A_payload_that_is_not_an_object_is_refused_with_a_clear_error(string json)
    {
        await using var replica = _replicas.Open();
        using var document = JsonDocument.Parse(json);

        var error = await Assert.ThrowsAsync<InvalidMutationException>(() =>
            replica.MutateAsync(TicketMutationTypes.Issue, document.RootElement, null, CancellationToken.None));

        Assert.Contains("JSON object", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await replica.GetSyncStateAsync(CancellationToken.None)).LastMutationId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ticket.Issue")]
    [InlineData("ticket issue")]
    [InlineData("ticket..issue")]
    public async Task A_bad_mutation_type_is_refused(string type)
    {
        await using var replica = _replicas.Open();
        await Assert.ThrowsAsync<InvalidMutationException>(() =>
            replica.MutateAsync(type, TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None));
        Assert.Equal(0, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);
    }

    [Fact]
    public async Task Subscribers_are_told_about_local_changes_after_commit()
    {
        await using var replica = _replicas.Open();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var watch = replica.WatchAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var pending = watch.MoveNextAsync();
        var ticket = Guid.NewGuid();

        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(ticket, 5), null, CancellationToken.None);

        var seen = new List<EntityChanged>();
        while (seen.Count < 2 && await pending)
        {
            seen.Add(Assert.IsType<EntityChanged>(watch.Current));
            if (seen.Count < 2)
                pending = watch.MoveNextAsync();
        }

        Assert.Contains(seen, c => c.Key.Type == TicketEntityTypes.Ticket && c.Entity!.Id == ticket.ToString("D"));
        Assert.Contains(seen, c => c.Key.Type == TicketEntityTypes.TicketNumber);
    }

    public void Dispose() => _replicas.Dispose();
}
