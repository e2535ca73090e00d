using CounterNode.Shared.Sync.Mutators.Tickets;
using CsCheck;

namespace CounterNode.Node.Tests.Storage;

public sealed class GaplessMutationIdTests
{
    [Fact]
    public void Concurrent_mutators_get_gapless_unique_ids_and_an_intact_chain()
    {
        Gen.Select(Gen.Int[1, 6], Gen.Int[1, 8]).Sample((writers, perWriter) =>
        {
            using var replicas = new TestReplicas();
            using var replica = replicas.Open();
            var ids = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                var mine = new List<long>();
                for (var i = 0; i < perWriter; i++)
                {
                    var result = await replica.MutateAsync(TicketMutationTypes.Issue,
                        TestReplicas.Issue(Guid.NewGuid(), w * 100 + i + 1), null, CancellationToken.None);
                    mine.Add(result.Mutation.MutationId);
                }

                return mine;
            }))).GetAwaiter().GetResult().SelectMany(x => x).Order().ToList();

            var total = writers * perWriter;
            var verification = replica.VerifyOutboxAsync(CancellationToken.None).GetAwaiter().GetResult();
            return ids.SequenceEqual(Enumerable.Range(1, total).Select(i => (long)i)) && verification.IsIntact && verification.EntriesChecked == total;
        }, iter: 15, threads: 1);
    }
}
