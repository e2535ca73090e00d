using CounterNode.Node.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Tests.Storage;

public sealed class OutboxChainTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public async Task Each_entry_links_to_the_previous_one_and_verifies()
    {
        await using var replica = _replicas.Open();
        var mutations = new List<Mutation>();
        for (var i = 1; i <= 5; i++)
            mutations.Add((await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None)).Mutation);

        for (var i = 1; i < mutations.Count; i++)
            Assert.Equal(mutations[i - 1].Hash, mutations[i].PreviousHash);
        Assert.All(mutations, m => Assert.Equal(MutationHasher.Compute(m), m.Hash));
        var verification = await replica.VerifyOutboxAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(5, verification.EntriesChecked);
    }

    [Theory]
    [InlineData("UPDATE outbox SET payload = replace(payload, '\"number\":3', '\"number\":4') WHERE mutation_id = 3", 3, "edited")]
    [InlineData("UPDATE outbox SET officer = 'someone-else' WHERE mutation_id = 2", 2, "edited")]
    [InlineData("DELETE FROM outbox WHERE mutation_id = 2", 3, "missing")]
    [InlineData("DELETE FROM outbox WHERE mutation_id = 5", 5, "missing")]
    [InlineData("UPDATE outbox SET prev_hash = 'abc' WHERE mutation_id = 4", 4, "previous-hash")]
    public async Task Tampering_with_a_row_is_reported_at_the_first_broken_link(string tamper, long firstBroken, string problem)
    {
        await using (var replica = _replicas.Open())
        {
            for (var i = 1; i <= 5; i++)
                await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), i), null, CancellationToken.None);
        }

        using (var raw = new SqliteConnection($"Data Source={_replicas.FilePath()};Pooling=False"))
        {
            raw.Open();
            using var command = raw.CreateCommand();
            command.CommandText = tamper;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        await using var reopened = _replicas.Open();
        var verification = await reopened.VerifyOutboxAsync(CancellationToken.None);
        Assert.False(verification.IsIntact);
        Assert.Equal(firstBroken, verification.FirstBrokenMutationId);
        Assert.Contains(problem, verification.Problem, StringComparison.Ordinal);
    }

    public void Dispose() => _replicas.Dispose();
}
